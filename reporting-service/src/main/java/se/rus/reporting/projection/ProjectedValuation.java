package se.rus.reporting.projection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.rus.platform.text.TextBlock;

import java.util.List;
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

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "follow_up", columnDefinition = "jsonb")
    public List<TextBlock> followUp;

    /** The final valuation of the period: the one made for its last year. */
    public boolean isFinal() {
        return year == periodEnd;
    }
}
