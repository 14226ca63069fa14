package se.rus.followup.rau;

import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.rus.platform.persistence.UpdatedEntity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One county's follow-up of one objective in a year's round. */
@Entity
@Table(name = "rau_submission")
public class RauSubmission extends UpdatedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int year;

    @Column(name = "county_code", nullable = false)
    public String countyCode;

    @Column(name = "objective_code", nullable = false)
    public String objectiveCode;

    @Enumerated(EnumType.STRING)
    public Assessment assessment;

    @Enumerated(EnumType.STRING)
    public Trend trend;

    public String summary;

    public String measures;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubmissionStatus status;

    @Column(name = "reviewer_comment")
    public String reviewerComment;

    /** When it was last submitted; null until the first submission. */
    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** Whether the last submission came after the round's deadline. */
    @Column(nullable = false)
    public boolean late;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<RauSubmission> findFor(int year, String countyCode, String objectiveCode) {
        return find("year = ?1 and countyCode = ?2 and objectiveCode = ?3", year, countyCode, objectiveCode)
                .firstResultOptional();
    }

    /** The submission if it belongs to the year and the reader may see it. */
    public static Optional<RauSubmission> findVisible(int year, UUID id, SubmissionVisibility visibility) {
        Parameters parameters = Parameters.with("id", id).and("year", year);
        return find(visibility.restrict("id = :id and year = :year", parameters), parameters).firstResultOptional();
    }
}
