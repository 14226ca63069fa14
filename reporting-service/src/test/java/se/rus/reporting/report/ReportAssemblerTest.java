package se.rus.reporting.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertEquals(new BigDecimal("445601.42"), economy.deficit());
        assertEquals(new BigDecimal("225601.42"), economy.deficitAfterCoFinancing());
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
