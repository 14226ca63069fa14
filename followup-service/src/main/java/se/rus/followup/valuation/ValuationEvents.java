package se.rus.followup.valuation;

import se.rus.platform.text.TextBlock;

import java.util.List;
import java.util.UUID;

/** Payload of GoalValued on {@code rus.followup.v1}, keyed by the period's end year. */
public final class ValuationEvents {

    public static final String TOPIC = "rus.followup.v1";
    public static final String GOAL_VALUED = "se.rus.followup.GoalValued.v1";

    private ValuationEvents() {
    }

    /** {@code year}: the year of the period the valuation is made for; {@code valuation} null on a historical-only record. */
    public record GoalValuedState(UUID id, UUID goalId, int periodStart, int periodEnd, int year, Integer valuation,
                                  Integer previousValuation, boolean previousGoalExisted, List<TextBlock> followUp) {

        static GoalValuedState of(GoalValuation valuation) {
            return new GoalValuedState(valuation.id, valuation.goalId, valuation.periodStart, valuation.periodEnd,
                    valuation.year, valuation.valuation, valuation.previousValuation, valuation.previousGoalExisted,
                    valuation.followUp);
        }
    }
}
