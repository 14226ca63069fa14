package se.rus.reporting.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The plan of a year as last announced by planning-service. */
@Entity
@Table(name = "proj_plan")
public class ProjectedPlan extends PanacheEntityBase {

    @Id
    public UUID id;

    public int year;

    public String title;

    public String vision;

    @Column(name = "period_start")
    public Integer periodStart;

    @Column(name = "period_end")
    public Integer periodEnd;

    public String status;
}
