package se.rus.reporting.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportChecksTest {

    @Test
    void aCompleteYearHasNoErrors() {
        List<Check> checks = ReportChecks.of(SampleSnapshot.year2024().assemble());
        assertFalse(ReportChecks.hasErrors(checks), checks.toString());
    }

    @Test
    void findsWhatIsMissingOrDoesNotAddUp() {
        SampleSnapshot sample = SampleSnapshot.year2024();
        sample.outcomes.remove(1);
        sample.valuations.remove(2);
        sample.posts.get(0).comment = "[]";
        sample.areas.get(0).resourceNote = "I verksamhetsplanen tidsattes denna till 247 arbetsdagar.";
        sample.coverage.clear();
        List<String> codes = ReportChecks.of(sample.assemble()).stream().map(Check::code).toList();
        assertEquals(List.of("ACTIVITY_WITHOUT_OUTCOME", "PLANNED_DAYS_MISMATCH", "GOAL_WITHOUT_VALUATION",
                "POST_DEFICIT_WITHOUT_COMMENT", "DEFICIT_NOT_COVERED"), codes);
    }

    @Test
    void aReportWithoutPlanOrTitleCannotBeApproved() {
        SampleSnapshot sample = SampleSnapshot.year2024();
        sample.plans.clear();
        AssembledReport assembled = ReportAssembler.assemble(2024, sample.snapshot(), Editorial.NONE);
        List<String> codes = ReportChecks.of(assembled).stream().map(Check::code).toList();
        assertTrue(codes.containsAll(List.of("NO_PLAN", "MISSING_TITLE")));
    }

    @Test
    void readsTheDaysOutOfAResourceNote() {
        assertEquals(Optional.of(new BigDecimal("247")),
                ReportChecks.daysInNote("I verksamhetsplanen 2024 tidsattes denna till 247 arbetsdagar."));
        assertEquals(Optional.of(new BigDecimal("1200.5")), ReportChecks.daysInNote("totalt 1\u00A0200,5 dagar"));
        assertEquals(Optional.empty(), ReportChecks.daysInNote("Huvudsakligen finansierat genom arbetsgruppens tid."));
    }
}
