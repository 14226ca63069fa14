package se.rus.planning.activity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlannedDaysTest {

    private static PlannedDays.ActivityDays days(String planned, boolean prioritised) {
        return new PlannedDays.ActivityDays(new BigDecimal(planned), null, prioritised);
    }

    private static PlannedDays.AreaInput area(String name, int position, PlannedDays.ActivityDays... activities) {
        return new PlannedDays.AreaInput(UUID.randomUUID(), name, position, null, List.of(activities));
    }

    @Test
    void sumsThe2024PlanPerAreaAndInAll() {
        PlannedDays.Totals totals = PlannedDays.of(List.of(
                area("Miljömålsuppföljning", 1, days("119", true), days("35", true), days("29", false),
                        days("39", true), days("25", false)),
                area("Stöd i åtgärdsarbetet", 2, Stream.of("36", "14", "19", "69", "9", "55", "33", "14", "29", "10",
                                "21", "14", "15", "20", "4", "10", "9")
                        .map(d -> days(d, false)).toArray(PlannedDays.ActivityDays[]::new)),
                area("Kommunikation och organisation", 3, days("30", true), days("11", false), days("99", true),
                        days("13", false), days("14", true))));

        assertEquals(List.of(new BigDecimal("247"), new BigDecimal("381"), new BigDecimal("167")),
                totals.areas().stream().map(PlannedDays.AreaTotal::plannedDays).toList());
        assertEquals(new BigDecimal("795"), totals.plannedDays());
        assertEquals(27, totals.activityCount());
        assertEquals(6, totals.prioritisedCount());
        assertEquals(List.of(5, 17, 5), totals.areas().stream().map(PlannedDays.AreaTotal::activityCount).toList());
    }

    @Test
    void keepsFractionsExactAndCountsExtraDaysApart() {
        PlannedDays.Totals totals = PlannedDays.of(List.of(area("Stöd i åtgärdsarbetet", 1,
                new PlannedDays.ActivityDays(new BigDecimal("21"), new BigDecimal("18"), true),
                new PlannedDays.ActivityDays(new BigDecimal("10.25"), null, false),
                new PlannedDays.ActivityDays(new BigDecimal("0.75"), null, false))));

        assertEquals(new BigDecimal("32"), totals.plannedDays());
        assertEquals(new BigDecimal("18"), totals.extraDays());
        assertEquals(1, totals.prioritisedCount());
    }

    @Test
    void anAreaWithoutActivitiesPlansNoDays() {
        PlannedDays.Totals totals = PlannedDays.of(List.of(area("Kommunikation och organisation", 1)));
        assertEquals(BigDecimal.ZERO, totals.areas().get(0).plannedDays());
        assertEquals(BigDecimal.ZERO, totals.plannedDays());
        assertEquals(0, totals.activityCount());
    }
}
