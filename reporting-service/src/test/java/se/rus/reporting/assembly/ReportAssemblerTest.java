package se.rus.reporting.assembly;

import org.junit.jupiter.api.Test;
import se.rus.reporting.model.EconomicResult;
import se.rus.reporting.model.Report;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportAssemblerTest {

    @Test
    void reproducesTheEconomyOf2024() {
        Report.Economy economy = SampleSnapshot.year2024().assemble().report().economy();
        assertEquals(new BigDecimal("4259660.71"), economy.posts().get(0).outcome());
        assertEquals(new BigDecimal("0.00"), economy.posts().get(3).outcome());
        assertEquals(new BigDecimal("4500000.00"), economy.totalBudget());
        assertEquals(new BigDecimal("4945601.42"), economy.totalOutcome());
        assertEquals(new BigDecimal("445601.42"), economy.totalDifference());
        assertEquals(new BigDecimal("559660.71"), economy.posts().get(0).difference());
        assertEquals(new BigDecimal("-50000.00"), economy.posts().get(3).difference());
        assertEquals(EconomicResult.Kind.DEFICIT, economy.result().kind());
        assertEquals(new BigDecimal("445601.42"), economy.result().amount());
        assertEquals("Underskott 445\u00A0601,42 kr", economy.result().text());
        assertEquals(new BigDecimal("220000.00"), economy.totalCoFinancing());
        assertEquals(new BigDecimal("225601.42"), economy.resultAfterCoFinancing().amount());
        assertEquals(EconomicResult.Kind.DEFICIT, economy.resultAfterCoFinancing().kind());
        assertEquals(1, economy.deficitCoverage().size(), "a remaining deficit keeps who covers it");
        assertEquals(new BigDecimal("445601.42"), economy.deficit(), "the deprecated fields stay");
        assertEquals(new BigDecimal("225601.42"), economy.deficitAfterCoFinancing());
    }

    @Test
    void aSurplusYearIsASurplusBeforeAndAfterCoFinancing() {
        Report report = SampleSnapshot.year2031().assemble().report();
        Report.Economy economy = report.economy();
        assertEquals(new BigDecimal("4428000.00"), economy.totalOutcome(), "a negative correction counts");
        assertEquals(new BigDecimal("-172000.00"), economy.totalDifference());
        assertEquals(new EconomicResult(EconomicResult.Kind.SURPLUS, new BigDecimal("172000.00"),
                "Överskott 172\u00A0000,00 kr"), economy.result());
        assertEquals(new BigDecimal("300000.00"), economy.totalCoFinancing());
        assertEquals(new EconomicResult(EconomicResult.Kind.SURPLUS, new BigDecimal("472000.00"),
                "Överskott 472\u00A0000,00 kr"), economy.resultAfterCoFinancing());
        assertEquals(List.of("Region Norr", "Havs- och vattenmyndigheten", "Boverket"),
                economy.coFinancing().stream().map(Report.Funds::source).toList(), "entry order, not alphabetical");
        assertEquals(new BigDecimal("30000.00"), economy.totalOutsideFunds());
        assertEquals(new BigDecimal("0.00"), economy.deficit());
        assertEquals(new BigDecimal("0.00"), economy.deficitAfterCoFinancing());
        assertTrue(economy.deficitCoverage().isEmpty(), "nobody covers a surplus");
    }

    @Test
    void comparesWithThePreviousYearByName() {
        Report report = SampleSnapshot.year2031().assemble().report();
        assertEquals(new BigDecimal("160"), report.totalPlannedDays());
        assertEquals(new BigDecimal("130"), report.areas().get(0).previousPlannedDays());
        assertNull(report.areas().get(1).previousPlannedDays(), "the fourth area is new");
        assertEquals(new BigDecimal("3700000.00"), report.economy().posts().get(0).previousBudget());
        assertEquals(new BigDecimal("3750000.50"), report.economy().posts().get(0).previousOutcome());
        assertNull(report.economy().posts().get(1).previousBudget(), "the new post has no previous year");
        assertNull(report.economy().posts().get(1).previousOutcome());
        Report without = SampleSnapshot.year2024().assemble().report();
        assertNull(without.areas().get(0).previousPlannedDays());
        assertNull(without.economy().posts().get(0).previousBudget());
    }

    @Test
    void listsTheGoalsOfARunningPeriodWithWhatIsKnownSoFar() {
        SampleSnapshot sample = SampleSnapshot.year2031();
        List<Report.Goal> goals = sample.assemble().report().goals();
        assertEquals(3, goals.size());
        Report.Goal continued = goals.get(0);
        assertEquals(1, continued.valuation());
        assertEquals(2031, continued.valuedYear());
        assertFalse(continued.finalYear());
        assertEquals(2, continued.previousValuation(), "the predecessor's final valuation");
        assertEquals(Boolean.TRUE, continued.previousGoalExisted());
        Report.Goal historical = goals.get(1);
        assertNull(historical.valuation());
        assertEquals(3, historical.previousValuation(), "a historical value recorded on its own");
        assertNull(goals.get(2).valuation());
        assertNull(goals.get(2).previousValuation());

        // a valuation made for a later year is not shown in an earlier year's report
        sample.valuation(sample.goals.get(2), 2032, 2, null, true);
        assertNull(sample.assemble().report().goals().get(2).valuation());
    }

    @Test
    void theLatestValuationUpToTheReportYearIsShown() {
        SampleSnapshot sample = SampleSnapshot.year2024();
        sample.valuations.get(0).year = 2022;
        sample.valuations.get(0).valuation = 3;
        sample.valuation(sample.goals.get(0), 2023, 2, 1, true);
        Report.Goal goal = sample.assemble().report().goals().get(0);
        assertEquals(2, goal.valuation());
        assertEquals(2023, goal.valuedYear());
        assertTrue(goal.finalYear());
    }

    @Test
    void ordersAreasActivitiesAndGoalsAsThePlanDoes() {
        SampleSnapshot sample = SampleSnapshot.year2024();
        Collections.reverse(sample.areas);
        Collections.reverse(sample.activities);
        Collections.reverse(sample.goals);
        Report report = sample.assemble().report();
        assertEquals("Miljömålsuppföljning", report.areas().get(0).name());
        assertEquals("Miljöövervakning", report.areas().get(0).activities().get(0).title());
        assertEquals(new BigDecimal("154"), report.areas().get(0).plannedDays());
        assertEquals(new BigDecimal("67.5"), report.areas().get(1).plannedDays());
        assertEquals("Regional årlig uppföljning är ändamålsenlig.", report.goals().get(0).text());
        assertEquals("Stöd i åtgärdsarbetet", report.goals().get(2).area());
    }

    @Test
    void anActivityWhoseAreaIsNotKnownYetGetsAnAreaByItsName() {
        SampleSnapshot sample = SampleSnapshot.year2024();
        sample.areas.remove(1);
        AssembledReport assembled = sample.assemble();
        assertEquals("Stöd i åtgärdsarbetet", assembled.report().areas().get(1).name());
        assertEquals(2, assembled.report().areas().get(1).activities().size());
        assertTrue(assembled.looseEnds().stream().anyMatch(c -> c.code().equals("AREA_NOT_ANNOUNCED")));
    }

    @Test
    void keepsWhatArrivedBeforeItsCounterpartAsLooseEnds() {
        SampleSnapshot sample = SampleSnapshot.year2024();
        sample.outcomes.get(0).activityId = UUID.randomUUID();
        sample.entry(UUID.randomUUID(), "Okänd post", "100.00");
        sample.valuations.get(0).goalId = UUID.randomUUID();
        AssembledReport assembled = sample.assemble();
        assertNull(assembled.report().areas().get(0).activities().get(0).status());
        assertNull(assembled.report().goals().get(0).valuation());
        assertEquals(new BigDecimal("4945601.42"), assembled.report().economy().totalOutcome());
        assertTrue(assembled.looseEnds().stream().anyMatch(c -> c.code().equals("OUTCOME_WITHOUT_ACTIVITY")));
        assertTrue(assembled.looseEnds().stream().anyMatch(c -> c.code().equals("LEDGER_ENTRY_WITHOUT_POST")));
        assertTrue(assembled.looseEnds().stream().anyMatch(c -> c.code().equals("VALUATION_WITHOUT_GOAL")));
    }

    @Test
    void aLedgerEntryFindsItsPostByNameWhenThePostIdIsUnknown() {
        SampleSnapshot sample = SampleSnapshot.year2024();
        sample.entry(UUID.randomUUID(), "Övrigt", "10.00");
        assertEquals(new BigDecimal("10.00"), sample.assemble().report().economy().posts().get(3).outcome());
    }
}
