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
    PREVIOUS_UNKNOWN;

    public static Comparison of(int valuation, Integer previousValuation, boolean previousGoalExisted) {
        if (!previousGoalExisted) {
            return NO_PREVIOUS_GOAL;
        }
        if (previousValuation == null) {
            return PREVIOUS_UNKNOWN;
        }
        if (valuation == previousValuation) {
            return SAME;
        }
        return valuation < previousValuation ? IMPROVED : WORSENED;
    }
}
