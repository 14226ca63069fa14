package se.rus.followup.outcome;

import se.rus.platform.text.TextBlock;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Payloads of outcome events on {@code rus.followup.v1}, keyed by the year. */
public final class OutcomeEvents {

    public static final String TOPIC = "rus.followup.v1";
    public static final String OUTCOME_RECORDED = "se.rus.followup.OutcomeRecorded.v1";
    public static final String OUTCOME_CHANGED = "se.rus.followup.OutcomeChanged.v1";
    public static final String AREA_FOLLOW_UP_NOTED = "se.rus.followup.AreaFollowUpNoted.v1";

    private OutcomeEvents() {
    }

    public record OutcomeState(UUID id, int year, UUID activityId, OutcomeStatus status, List<TextBlock> narrative,
                               BigDecimal daysSpent) {

        public static OutcomeState of(ActivityOutcome outcome) {
            return new OutcomeState(outcome.id, outcome.year, outcome.activityId, outcome.status, outcome.narrative,
                    outcome.daysSpent);
        }
    }

    public record AreaFollowUpState(int year, UUID areaId, String areaName, List<TextBlock> note) {
    }
}
