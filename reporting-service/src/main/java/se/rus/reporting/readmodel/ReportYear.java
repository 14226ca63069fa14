package se.rus.reporting.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A year the read model knows a plan for. */
@Entity
@Table(name = "report_year")
public class ReportYear extends PanacheEntityBase {

    @Id
    public int year;

    @Column(name = "plan_title", nullable = false)
    public String planTitle;

    @Column(name = "events_applied", nullable = false)
    public int eventsApplied;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
