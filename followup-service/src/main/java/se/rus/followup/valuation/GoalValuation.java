package se.rus.followup.valuation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.rus.platform.persistence.UpdatedEntity;
import se.rus.platform.text.TextBlock;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The valuation of one three-year goal for one year of its period (Bilaga 2); at most one per goal and year.
 * In the period's final year it is the final valuation. {@code valuation} is empty only on a record that
 * carries just the previous period's valuation of a goal whose history predates the system.
 */
@Entity
@Table(name = "goal_valuation")
public class GoalValuation extends UpdatedEntity {

    @Id
    public UUID id;

    @Column(name = "goal_id", nullable = false)
    public UUID goalId;

    @Column(name = "period_start", nullable = false)
    public int periodStart;

    @Column(name = "period_end", nullable = false)
    public int periodEnd;

    @Column(nullable = false)
    public int year;

    public Integer valuation;

    @Column(name = "previous_valuation")
    public Integer previousValuation;

    @Column(name = "previous_goal_existed", nullable = false)
    public boolean previousGoalExisted;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "follow_up", nullable = false, columnDefinition = "jsonb")
    public List<TextBlock> followUp;

    public static Optional<GoalValuation> findFor(UUID goalId, int year) {
        return find("goalId = ?1 and year = ?2", goalId, year).firstResultOptional();
    }
}
