package se.rus.followup.valuation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ComparisonTest {

    @Test
    void aLowerValuationIsAnImprovementBecauseOneIsBest() {
        assertEquals(Comparison.SAME, Comparison.of(2, 2, true));
        assertEquals(Comparison.IMPROVED, Comparison.of(1, 2, true));
        assertEquals(Comparison.WORSENED, Comparison.of(3, 2, true));
        assertEquals(Comparison.NO_PREVIOUS_GOAL, Comparison.of(1, null, false));
        assertEquals(Comparison.PREVIOUS_UNKNOWN, Comparison.of(1, null, true));
    }

    @Test
    void aRecordWithOnlyThePreviousPeriodsValuationIsNotValuedYet() {
        assertEquals(Comparison.NOT_VALUED, Comparison.of(null, 2, true));
    }
}
