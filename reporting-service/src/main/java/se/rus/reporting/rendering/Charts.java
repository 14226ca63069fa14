package se.rus.reporting.rendering;

import se.rus.reporting.model.Report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/** The charts of a report: where a reader would rather look than read. Charts without data are left out. */
public final class Charts {

    private static final List<String> VALUATIONS = List.of("1 i hög grad", "2 i tillräcklig grad", "3 i mindre grad");

    private Charts() {
    }

    public static Optional<BarChart> budgetAndOutcome(Report report) {
        List<BarChart.Group> groups = report.economy().posts().stream()
                .map(p -> new BarChart.Group(p.name(), List.of(p.budget(), p.outcome())))
                .toList();
        return groups.isEmpty() ? Optional.empty() : Optional.of(
                new BarChart("Budget och utfall per post (kr)", BarChart.Unit.KRONOR, List.of("Budget", "Utfall"), groups));
    }

    public static Optional<BarChart> plannedDays(Report report) {
        List<BarChart.Group> groups = report.areas().stream()
                .map(a -> new BarChart.Group(a.name(), List.of(a.plannedDays())))
                .toList();
        return groups.isEmpty() ? Optional.empty() : Optional.of(
                new BarChart("Planerad tid i VP per område (dagar)", BarChart.Unit.DAYS, List.of("Dagar i VP"), groups));
    }

    public static Optional<BarChart> valuations(Report report) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Report.Goal goal : report.goals()) {
            int[] perValuation = counts.computeIfAbsent(goal.area(), a -> new int[3]);
            if (goal.valuation() != null && goal.valuation() >= 1 && goal.valuation() <= 3) {
                perValuation[goal.valuation() - 1]++;
            }
        }
        // a valuation no goal has is left out, so the legend names only what a bar shows
        List<Integer> given = IntStream.range(0, VALUATIONS.size())
                .filter(v -> counts.values().stream().anyMatch(perValuation -> perValuation[v] > 0)).boxed().toList();
        List<BarChart.Group> groups = counts.entrySet().stream()
                .map(e -> new BarChart.Group(e.getKey(),
                        given.stream().map(v -> BigDecimal.valueOf(e.getValue()[v])).toList()))
                .toList();
        return groups.isEmpty() || given.isEmpty() ? Optional.empty() : Optional.of(
                new BarChart("Värdering av treårsmålen per område (antal mål)", BarChart.Unit.COUNT,
                        given.stream().map(VALUATIONS::get).toList(), groups));
    }
}
