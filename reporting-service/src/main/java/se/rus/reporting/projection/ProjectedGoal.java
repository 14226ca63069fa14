package se.rus.reporting.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A three-year goal; it belongs to the report of every year of its period. */
@Entity
@Table(name = "proj_goal")
public class ProjectedGoal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "period_start")
    public int periodStart;

    @Column(name = "period_end")
    public int periodEnd;

    @Column(name = "area_name")
    public String areaName;

    public int position;

    public String text;

    @Column(name = "predecessor_id")
    public UUID predecessorId;
}
