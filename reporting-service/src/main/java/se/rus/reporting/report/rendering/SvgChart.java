package se.rus.reporting.report.rendering;

/** A chart as inline SVG: no script, printable, readable without the data. */
public final class SvgChart {

    private SvgChart() {
    }

    public static String render(BarChart chart) {
        ChartLayout.Layout layout = ChartLayout.of(chart);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(ChartLayout.WIDTH).append(' ').append(ChartLayout.HEIGHT).append("\" width=\"")
                .append(ChartLayout.WIDTH).append("\" height=\"").append(ChartLayout.HEIGHT).append("\">");
        svg.append("<title>").append(Html.escape(chart.title())).append("</title>");
        svg.append("<text x=\"").append(ChartLayout.LEFT).append("\" y=\"22\" font-size=\"15\" font-weight=\"bold\">")
                .append(Html.escape(chart.title())).append("</text>");
        svg.append(line(ChartLayout.LEFT, ChartLayout.TOP, ChartLayout.LEFT, ChartLayout.BASELINE));
        svg.append(line(ChartLayout.LEFT, ChartLayout.BASELINE, ChartLayout.WIDTH - ChartLayout.RIGHT, ChartLayout.BASELINE));
        for (ChartLayout.Label tick : layout.ticks()) {
            svg.append(text(tick.x(), tick.y() + 4, "end", 10, tick.text()));
        }
        for (ChartLayout.Bar bar : layout.bars()) {
            svg.append("<rect x=\"").append(bar.x()).append("\" y=\"").append(bar.y()).append("\" width=\"")
                    .append(bar.width()).append("\" height=\"").append(bar.height()).append("\" fill=\"")
                    .append(ChartLayout.COLOURS[bar.series() % ChartLayout.COLOURS.length]).append("\"><title>")
                    .append(Html.escape(bar.label())).append("</title></rect>");
        }
        for (ChartLayout.Label label : layout.valueLabels()) {
            svg.append(text(label.x(), label.y(), "middle", 10, label.text()));
        }
        for (ChartLayout.Label label : layout.groupLabels()) {
            svg.append(text(label.x(), label.y(), "middle", 11, label.text()));
        }
        for (int s = 0; s < layout.legend().size(); s++) {
            ChartLayout.Label label = layout.legend().get(s);
            svg.append("<rect x=\"").append(label.x()).append("\" y=\"").append(label.y() - 10)
                    .append("\" width=\"12\" height=\"12\" fill=\"").append(ChartLayout.COLOURS[s % ChartLayout.COLOURS.length])
                    .append("\"/>");
            svg.append(text(label.x() + 16, label.y(), "start", 11, label.text()));
        }
        return svg.append("</svg>").toString();
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"#333\"/>";
    }

    private static String text(int x, int y, String anchor, int size, String content) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size + "\">"
                + Html.escape(content) + "</text>";
    }
}
