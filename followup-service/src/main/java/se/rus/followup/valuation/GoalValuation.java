package se.rus.followup.valuation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.rus.platform.persistence.JsonTextConverters;
import se.rus.platform.text.TextBlock;

import java.time.Instant;
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
public class GoalValuation extends PanacheEntityBase {

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

    @Convert(converter = JsonTextConverters.TextBlocks.class)
    @Column(name = "follow_up", nullable = false)
    public List<TextBlock> followUp;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public static Optional<GoalValuation> findFor(UUID goalId, int year) {
        return find("goalId = ?1 and year = ?2", goalId, year).firstResultOptional();
    }
}
