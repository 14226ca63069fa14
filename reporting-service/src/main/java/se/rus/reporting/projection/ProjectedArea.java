package se.rus.reporting.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** An area (verksamhetsområde) of a plan. */
@Entity
@Table(name = "proj_area")
public class ProjectedArea extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    public int year;

    public int position;

    public String name;

    @Column(name = "resource_note")
    public String resourceNote;
}
