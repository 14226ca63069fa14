package se.rus.reporting.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * One valuation record of a goal, for one year of its period. {@code valuation} is null when the
 * record only carries the historical valuation of the previous period.
 */
@Entity
@Table(name = "proj_valuation")
public class ProjectedValuation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "goal_id")
    public UUID goalId;

    @Column(name = "period_start")
    public int periodStart;

    @Column(name = "period_end")
    public int periodEnd;

    public int year;

    public Integer valuation;

    @Column(name = "previous_valuation")
    public Integer previousValuation;

    @Column(name = "previous_goal_existed")
    public boolean previousGoalExisted;

    @Column(name = "follow_up")
    public String followUp;

    /** The final valuation of the period: the one made for its last year. */
    public boolean isFinal() {
        return year == periodEnd;
    }
}
