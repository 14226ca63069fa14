package se.rus.reporting.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A chart as inline SVG: no script, printable, and readable without the picture: its title and a
 * description with every figure are the SVG's {@code title}/{@code desc} (what a screen reader says) and
 * its {@code alt} (the alternative text of the PDF's Figure, which the PDF renderer takes from there).
 */
public final class SvgChart {

    /** The report's one embedded font first, so the PDF draws the chart's text with it. */
    private static final String FONT = "DejaVu Sans, Verdana, Arial, sans-serif";

    private SvgChart() {
    }

    /** {@code id} makes the ids of the title and description unique on the page. */
    public static String render(BarChart chart, String id) {
        ChartLayout.Layout layout = ChartLayout.of(chart);
        String description = describe(chart);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\" alt=\"")
                .append(Html.escape(chart.title() + ". " + description)).append("\" viewBox=\"0 0 ")
                .append(ChartLayout.WIDTH).append(' ').append(ChartLayout.HEIGHT).append("\" width=\"")
                .append(ChartLayout.WIDTH).append("\" height=\"").append(ChartLayout.HEIGHT)
                .append("\" font-family=\"").append(FONT).append("\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(Html.escape(chart.title())).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(Html.escape(description)).append("</desc>");
        svg.append(line(ChartLayout.LEFT, ChartLayout.TOP, ChartLayout.LEFT, ChartLayout.BASELINE));
        svg.append(line(ChartLayout.LEFT, ChartLayout.BASELINE, ChartLayout.WIDTH - ChartLayout.RIGHT, ChartLayout.BASELINE));
        for (ChartLayout.Label tick : layout.ticks()) {
            svg.append(text(tick.x(), tick.y() + 4, "end", ChartLayout.FONT_SIZE, tick.text()));
        }
        for (ChartLayout.Bar bar : layout.bars()) {
            svg.append("<rect x=\"").append(bar.x()).append("\" y=\"").append(bar.y()).append("\" width=\"")
                    .append(bar.width()).append("\" height=\"").append(bar.height()).append("\" fill=\"")
                    .append(ChartLayout.COLOURS[bar.series() % ChartLayout.COLOURS.length]).append("\"><title>")
                    .append(Html.escape(bar.label())).append("</title></rect>");
        }
        for (ChartLayout.Label label : layout.valueLabels()) {
            svg.append(text(label.x(), label.y(), "middle", ChartLayout.FONT_SIZE, label.text()));
        }
        for (ChartLayout.Label label : layout.groupLabels()) {
            svg.append(text(label.x(), label.y(), "middle", ChartLayout.FONT_SIZE, label.text()));
        }
        for (int s = 0; s < layout.legend().size(); s++) {
            ChartLayout.Label label = layout.legend().get(s);
            svg.append("<rect x=\"").append(label.x()).append("\" y=\"").append(label.y() - 10)
                    .append("\" width=\"12\" height=\"12\" fill=\"").append(ChartLayout.COLOURS[s % ChartLayout.COLOURS.length])
                    .append("\"/>");
            svg.append(text(label.x() + 16, label.y(), "start", ChartLayout.FONT_SIZE, label.text()));
        }
        return svg.append("</svg>").toString();
    }

    /** Every figure of the chart in words: "Övrigt: Budget 50 000,00 kr, Utfall 0,00 kr." per group. */
    public static String describe(BarChart chart) {
        List<String> groups = new ArrayList<>();
        for (BarChart.Group group : chart.groups()) {
            List<String> values = new ArrayList<>();
            for (int s = 0; s < chart.series().size(); s++) {
                values.add(chart.series().get(s) + " " + ChartLayout.format(chart.unit(), group.values().get(s)));
            }
            groups.add(group.label() + ": " + String.join(", ", values) + ".");
        }
        return groups.stream().collect(Collectors.joining(" "));
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"#333\"/>";
    }

    private static String text(int x, int y, String anchor, int size, String content) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size + "\">"
                + Html.escape(content) + "</text>";
    }
}
