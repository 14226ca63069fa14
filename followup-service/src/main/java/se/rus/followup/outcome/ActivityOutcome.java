package se.rus.followup.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.rus.platform.persistence.UpdatedEntity;
import se.rus.platform.text.TextBlock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What became of one planned activity in its year; at most one per activity. */
@Entity
@Table(name = "activity_outcome")
public class ActivityOutcome extends UpdatedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int year;

    @Column(name = "activity_id", nullable = false, unique = true)
    public UUID activityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OutcomeStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<TextBlock> narrative;

    @Column(name = "days_spent")
    public BigDecimal daysSpent;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public static Optional<ActivityOutcome> findByActivity(UUID activityId) {
        return find("activityId", activityId).firstResultOptional();
    }

    public static Optional<ActivityOutcome> findInYear(int year, UUID id) {
        return ActivityOutcome.<ActivityOutcome>findByIdOptional(id).filter(outcome -> outcome.year == year);
    }
}
