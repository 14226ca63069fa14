package se.rus.reporting.live;

import org.junit.jupiter.api.Test;
import se.rus.reporting.assembly.AssembledReport;
import se.rus.reporting.assembly.ReportAssembler;
import se.rus.reporting.assembly.SampleSnapshot;
import se.rus.reporting.model.Check;
import se.rus.reporting.model.Editorial;
import se.rus.reporting.rendering.MarkdownRenderer;

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
        sample.posts.get(0).comment = List.of();
        sample.areas.get(0).resourceNote = "I verksamhetsplanen tidsattes denna till 247 arbetsdagar.";
        sample.coverage.clear();
        List<String> codes = ReportChecks.of(sample.assemble()).stream().map(Check::code).toList();
        assertEquals(List.of("ACTIVITY_WITHOUT_OUTCOME", "PLANNED_DAYS_MISMATCH", "GOAL_WITHOUT_VALUATION",
                "POST_DEFICIT_WITHOUT_COMMENT", "DEFICIT_NOT_COVERED"), codes);
    }

    @Test
    void aGoalNotValuedYetIsAWarningBeforeTheFinalYearAndAnErrorInIt() {
        List<Check> running = ReportChecks.of(SampleSnapshot.year2031().assemble());
        assertEquals(List.of("GOAL_NOT_VALUED_YET", "GOAL_NOT_VALUED_YET"), running.stream()
                .filter(c -> c.code().startsWith("GOAL_")).map(Check::code).toList());
        assertTrue(running.stream().filter(c -> c.code().startsWith("GOAL_")).allMatch(c -> c.severity() == Check.Severity.WARNING));
        assertFalse(running.stream().anyMatch(c -> c.code().equals("DEFICIT_NOT_COVERED")), "a surplus needs no coverer");

        SampleSnapshot finalYear = SampleSnapshot.year2024();
        finalYear.valuations.get(0).year = 2023;
        List<Check> checks = ReportChecks.of(finalYear.assemble());
        assertTrue(checks.stream().anyMatch(c -> c.code().equals("GOAL_WITHOUT_VALUATION")
                && c.severity() == Check.Severity.ERROR), "the final year needs the final valuation");
    }

    @Test
    void aPeriodWithoutGoalsIsAWarningAndBilaga2SaysSo() {
        SampleSnapshot sample = SampleSnapshot.year2031();
        sample.goals.clear();
        sample.valuations.clear();
        AssembledReport assembled = sample.assemble();
        List<Check> checks = ReportChecks.of(assembled);
        assertTrue(checks.stream().anyMatch(c -> c.code().equals("NO_GOALS_FOR_PERIOD")
                && c.severity() == Check.Severity.WARNING), checks.toString());
        String markdown = MarkdownRenderer.render(assembled.report());
        assertTrue(markdown.contains("Inga treårsmål är registrerade för perioden"), markdown);
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
