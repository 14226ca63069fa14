package se.rus.reporting.rendering;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartLayoutTest {

    @Test
    void theYAxisHasRoundTicksUpToTheFirstAtOrAboveTheLargestBar() {
        BarChart budget = new BarChart("Budget och utfall per post (kr)", BarChart.Unit.KRONOR, List.of("Budget", "Utfall"),
                List.of(new BarChart.Group("Löner, resor m.m. RUS", List.of(new BigDecimal("3700000.00"), new BigDecimal("4259660.71"))),
                        new BarChart.Group("Övrigt", List.of(new BigDecimal("50000.00"), BigDecimal.ZERO))));
        ChartLayout.Layout layout = ChartLayout.of(budget);

        assertEquals(List.of("0 kr", "1 000 000 kr", "2 000 000 kr", "3 000 000 kr", "4 000 000 kr", "5 000 000 kr"),
                layout.ticks().stream().map(tick -> tick.text().replace('\u00A0', ' ')).toList());
        assertEquals(ChartLayout.BASELINE, layout.ticks().get(0).y());
        assertEquals(ChartLayout.TOP, layout.ticks().get(5).y(), "the top tick is the top of the plot");
        ChartLayout.Bar tallest = layout.bars().get(1);
        assertTrue(tallest.y() > ChartLayout.TOP, "4 259 660,71 stays below the 5 000 000 tick");
    }

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(new BigDecimal("1000000"), ChartLayout.tickStep(new BigDecimal("4259660.71")));
        assertEquals(new BigDecimal("100"), ChartLayout.tickStep(new BigDecimal("381")));
        assertEquals(new BigDecimal("5"), ChartLayout.tickStep(new BigDecimal("17")));
        assertEquals(new BigDecimal("2"), ChartLayout.tickStep(new BigDecimal("7")));
        assertEquals(BigDecimal.ONE, ChartLayout.tickStep(BigDecimal.ZERO));
    }

    @Test
    void countsAreCountedInWholeNumbers() {
        BarChart valuations = new BarChart("Värdering", BarChart.Unit.COUNT, List.of("1", "2", "3"),
                List.of(new BarChart.Group("Miljömålsuppföljning", List.of(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO))));
        assertEquals(List.of("0", "1"), ChartLayout.of(valuations).ticks().stream().map(ChartLayout.Label::text).toList());
    }
}
