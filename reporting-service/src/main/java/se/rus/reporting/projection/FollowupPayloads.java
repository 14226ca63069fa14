package se.rus.reporting.projection;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import se.rus.platform.text.TextBlock;
import se.rus.reporting.model.Report;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The parts of rus.followup.v1 payloads (EVENTS.md) the report needs; RÅU events are not part of it. */
public final class FollowupPayloads {

    public static final String TOPIC = "rus.followup.v1";
    static final String PREFIX = "se.rus.followup.";

    private FollowupPayloads() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OutcomeState(UUID id, int year, UUID activityId, String status, List<TextBlock> narrative,
                               BigDecimal daysSpent) {
        public OutcomeState {
            Required.present(id, "id");
            Required.present(activityId, "activityId");
            Required.oneOf(Report.ActivityStatus.class, status, "status");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AreaFollowUpState(int year, UUID areaId, String areaName, List<TextBlock> note) {
        public AreaFollowUpState {
            Required.present(areaId, "areaId");
        }
    }

    /** {@code year} is absent in events from before valuations per year: they were the period's final one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoalValuationState(UUID id, UUID goalId, int periodStart, int periodEnd, Integer year,
                                     Integer valuation, Integer previousValuation, boolean previousGoalExisted,
                                     List<TextBlock> followUp) {
        public GoalValuationState {
            Required.present(id, "id");
            Required.present(goalId, "goalId");
            if (valuation == null && previousValuation == null) {
                throw new IllegalArgumentException("a valuation record needs valuation or previousValuation");
            }
        }

        public int valuedYear() {
            return year == null ? periodEnd : year;
        }
    }
}
