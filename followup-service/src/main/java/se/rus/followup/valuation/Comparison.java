package se.rus.followup.valuation;

/**
 * How a goal's valuation compares with the previous period's ("samma värdering" in the report).
 * 1 is the best valuation, so a lower number is an improvement.
 */
public enum Comparison {
    SAME,
    IMPROVED,
    WORSENED,
    NO_PREVIOUS_GOAL,
    PREVIOUS_UNKNOWN,
    /** The record carries only the previous period's valuation: nothing to compare yet. */
    NOT_VALUED;

    public static Comparison of(Integer valuation, Integer previousValuation, boolean previousGoalExisted) {
        if (valuation == null) {
            return NOT_VALUED;
        }
        if (!previousGoalExisted) {
            return NO_PREVIOUS_GOAL;
        }
        if (previousValuation == null) {
            return PREVIOUS_UNKNOWN;
        }
        if (valuation.equals(previousValuation)) {
            return SAME;
        }
        return valuation < previousValuation ? IMPROVED : WORSENED;
    }
}
