package se.rus.reporting.rendering;

import se.rus.reporting.model.SwedishFormat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Where every bar and label of a chart goes, in whole pixels from the top-left corner; heights are scaled
 * with exact decimals. The SVG is drawn from it, and the PDF lays out that SVG.
 */
public final class ChartLayout {

    public static final int WIDTH = 640;
    /** Compact, so a chart fits below its table on a printed page; the title is the figure's caption. */
    public static final int HEIGHT = 300;
    public static final int LEFT = 90;
    public static final int RIGHT = 20;
    public static final int TOP = 16;
    public static final int BOTTOM = 104;
    /** Group labels wrap onto at most this many lines below the axis, never cut. */
    static final int LABEL_LINES = 4;
    static final int LINE_HEIGHT = 15;
    /** Chart text is never drawn smaller than this (at the chart's own size, as a phone shows it too). */
    public static final int FONT_SIZE = 12;
    /** A zero bar is drawn this high, so a reader sees the value is there and is zero. */
    static final int ZERO_BAR = 2;
    public static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    public static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
    public static final int BASELINE = TOP + PLOT_HEIGHT;
    /** Each at least 4.5:1 against white (WCAG's 3:1 for graphics, with room to spare in print). */
    public static final String[] COLOURS = {"#2f6f8f", "#b35c00", "#5b7a1e", "#8c5fa8"};

    public record Bar(int x, int y, int width, int height, int series, String label) {
    }

    public record Label(int x, int y, String text) {
    }

    /**
     * {@code valueLabels}: short values written above their bars; amounts in kronor are too long for that.
     * {@code ticks}: the y axis at round values (0, 1 000 000, 2 000 000 …), the top one at or above the largest bar.
     */
    public record Layout(BarChart chart, List<Bar> bars, List<Label> groupLabels, List<Label> ticks,
                         List<Label> legend, List<Label> valueLabels) {
    }

    /** A handful of ticks reads well in a 180-pixel plot. */
    private static final int MAX_TICKS = 5;

    private ChartLayout() {
    }

    public static Layout of(BarChart chart) {
        int groups = chart.groups().size();
        int series = chart.series().size();
        int groupWidth = PLOT_WIDTH / Math.max(groups, 1);
        int barWidth = Math.max(2, groupWidth * 4 / 5 / Math.max(series, 1));
        // a count has no fractions: a chart of one or two goals counts 0, 1, 2
        BigDecimal step = chart.unit() == BarChart.Unit.COUNT ? tickStep(chart.max()).max(BigDecimal.ONE) : tickStep(chart.max());
        BigDecimal max = chart.max().signum() <= 0 ? BigDecimal.ZERO
                : chart.max().divide(step, 0, RoundingMode.CEILING).multiply(step);
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            BarChart.Group group = chart.groups().get(g);
            int groupX = LEFT + g * groupWidth + groupWidth / 10;
            for (int s = 0; s < series; s++) {
                BigDecimal value = group.values().get(s) == null ? BigDecimal.ZERO : group.values().get(s);
                int height = max.signum() <= 0 ? 0 : value.max(BigDecimal.ZERO)
                        .multiply(BigDecimal.valueOf(PLOT_HEIGHT)).divide(max, 0, RoundingMode.HALF_UP).intValue();
                height = Math.max(height, ZERO_BAR);
                bars.add(new Bar(groupX + s * barWidth, BASELINE - height, barWidth - 1, height, s,
                        format(chart.unit(), value)));
            }
            List<String> lines = wrap(group.label(), Math.max(4, (groupWidth - 4) / 7));
            for (int line = 0; line < lines.size(); line++) {
                labels.add(new Label(LEFT + g * groupWidth + groupWidth / 2, BASELINE + 16 + line * LINE_HEIGHT, lines.get(line)));
            }
        }
        List<Label> legend = new ArrayList<>();
        for (int s = 0; s < series; s++) {
            legend.add(new Label(LEFT + s * 170, HEIGHT - 10, chart.series().get(s)));
        }
        List<Label> values = chart.unit() == BarChart.Unit.KRONOR ? List.of() : bars.stream()
                .map(bar -> new Label(bar.x() + bar.width() / 2, bar.y() - 3,
                        bar.label().replace(" dagar", "")))
                .toList();
        return new Layout(chart, bars, labels, ticks(chart.unit(), step, max), legend, values);
    }

    /** The step between round ticks: 1, 2 or 5 times a power of ten, giving at most {@link #MAX_TICKS} steps. */
    static BigDecimal tickStep(BigDecimal max) {
        if (max.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal rough = max.divide(BigDecimal.valueOf(MAX_TICKS), 10, RoundingMode.CEILING);
        BigDecimal power = BigDecimal.ONE.movePointRight(rough.precision() - rough.scale() - 1);
        for (int factor : new int[] {1, 2, 5, 10}) {
            BigDecimal step = power.multiply(BigDecimal.valueOf(factor));
            if (step.compareTo(rough) >= 0) {
                return step.stripTrailingZeros().scale() < 0 ? step.setScale(0) : step.stripTrailingZeros();
            }
        }
        throw new IllegalStateException("unreachable: ten times the power always exceeds the rough step");
    }

    private static List<Label> ticks(BarChart.Unit unit, BigDecimal step, BigDecimal max) {
        List<Label> ticks = new ArrayList<>();
        for (BigDecimal value = BigDecimal.ZERO; value.compareTo(max) <= 0; value = value.add(step)) {
            int y = max.signum() <= 0 ? BASELINE : BASELINE - value.multiply(BigDecimal.valueOf(PLOT_HEIGHT))
                    .divide(max, 0, RoundingMode.HALF_UP).intValue();
            ticks.add(new Label(LEFT - 4, y, tickText(unit, value)));
        }
        return ticks;
    }

    /** Round kronor need no öre: "2 000 000 kr". */
    private static String tickText(BarChart.Unit unit, BigDecimal value) {
        return unit == BarChart.Unit.KRONOR ? SwedishFormat.days(value) + " kr" : format(unit, value);
    }

    public static String format(BarChart.Unit unit, BigDecimal value) {
        return switch (unit) {
            case KRONOR -> SwedishFormat.money(value) + " kr";
            case DAYS -> SwedishFormat.days(value) + " dagar";
            case COUNT -> SwedishFormat.days(value);
        };
    }

    /**
     * A label in lines of about {@code width} characters, broken between words; a word longer than a line stays
     * whole, and a label longer than {@link #LABEL_LINES} lines is broken over the last one too, never cut.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width && lines.size() < LABEL_LINES - 1) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
