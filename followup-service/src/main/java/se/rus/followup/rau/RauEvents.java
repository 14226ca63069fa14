package se.rus.followup.rau;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Payloads of the RÅU events on {@code rus.followup.v1}, keyed by the year. */
public final class RauEvents {

    public static final String TOPIC = "rus.followup.v1";
    public static final String ROUND_OPENED = "se.rus.followup.RauRoundOpened.v1";
    public static final String ROUND_CLOSED = "se.rus.followup.RauRoundClosed.v1";
    public static final String DRAFT_SAVED = "se.rus.followup.RauDraftSaved.v1";
    public static final String SUBMITTED = "se.rus.followup.RauSubmitted.v1";
    public static final String RETURNED = "se.rus.followup.RauReturned.v1";
    public static final String ACCEPTED = "se.rus.followup.RauAccepted.v1";

    private RauEvents() {
    }

    public record RoundState(UUID id, int year, String instructions, LocalDate deadline, List<String> objectiveCodes,
                             List<String> countyCodes, RoundStatus status) {

        static RoundState of(RauRound round) {
            return new RoundState(round.id, round.year, round.instructions, round.deadline,
                    List.copyOf(round.objectiveCodes), List.copyOf(round.countyCodes), round.status);
        }
    }

    public record SubmissionState(UUID id, int year, String countyCode, String objectiveCode, Assessment assessment,
                                  Trend trend, String summary, String measures, SubmissionStatus status,
                                  String reviewerComment, boolean late, Instant submittedAt) {

        static SubmissionState of(RauSubmission submission) {
            return new SubmissionState(submission.id, submission.year, submission.countyCode, submission.objectiveCode,
                    submission.assessment, submission.trend, submission.summary, submission.measures,
                    submission.status, submission.reviewerComment, submission.late, submission.submittedAt);
        }
    }
}
