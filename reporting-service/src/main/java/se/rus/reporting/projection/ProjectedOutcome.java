package se.rus.reporting.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** The outcome of one activity (the latest state wins). */
@Entity
@Table(name = "proj_outcome")
public class ProjectedOutcome extends PanacheEntityBase {

    @Id
    @Column(name = "activity_id")
    public UUID activityId;

    public UUID id;

    public int year;

    public String status;

    public String narrative;

    @Column(name = "days_spent")
    public BigDecimal daysSpent;
}
