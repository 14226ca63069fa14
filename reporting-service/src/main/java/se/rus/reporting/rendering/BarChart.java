package se.rus.reporting.rendering;

import java.math.BigDecimal;
import java.util.List;

/** A grouped bar chart: one group per label, one bar per series in it. */
public record BarChart(String title, Unit unit, List<String> series, List<Group> groups) {

    public enum Unit {
        KRONOR, DAYS, COUNT
    }

    public record Group(String label, List<BigDecimal> values) {
    }

    public BigDecimal max() {
        return groups.stream().flatMap(g -> g.values().stream()).reduce(BigDecimal.ZERO, BigDecimal::max);
    }
}
