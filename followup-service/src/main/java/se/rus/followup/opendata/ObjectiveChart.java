package se.rus.followup.opendata;

import se.rus.followup.rau.Assessment;
import se.rus.followup.rau.Trend;

import java.util.EnumMap;
import java.util.Map;

/**
 * The county × year matrix of one objective as an SVG chart: one row per county, one column per year, each cell
 * coloured by the assessment and labelled with it and the trend in words and an arrow, so colour never carries
 * meaning alone. Accessible: {@code role="img"} labelled by its {@code <title>} and {@code <desc>} (which says in
 * words what the chart shows), all text at least 12 px, dark text on light fills (contrast over 4.5:1).
 */
final class ObjectiveChart {

    private static final int LABEL_WIDTH = 210;
    private static final int COLUMN = 110;
    private static final int ROW = 30;
    private static final int TOP = 70;
    private static final Map<Assessment, String> FILL = new EnumMap<>(Map.of(
            Assessment.YES, "#cce8cc", Assessment.CLOSE, "#fbefb6", Assessment.NO, "#f5cccc"));
    private static final String NO_DATA_FILL = "#f2f2f2";
    private static final Map<Trend, String> ARROW = new EnumMap<>(Map.of(
            Trend.POSITIVE, "↗", Trend.NEUTRAL, "→", Trend.NEGATIVE, "↘", Trend.UNCLEAR, "?"));

    private ObjectiveChart() {
    }

    static String render(ObjectiveMatrix matrix) {
        int columns = Math.max(1, matrix.years().size());
        int width = LABEL_WIDTH + columns * COLUMN + 20;
        int height = TOP + Math.max(1, matrix.counties().size()) * ROW + 80;
        String span = matrix.years().isEmpty() ? "inga publicerade år"
                : matrix.years().get(0) + "–" + matrix.years().get(matrix.years().size() - 1);
        String title = matrix.objectiveName() + ": länens bedömningar " + span;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"title desc\" lang=\"sv\"")
                .append(" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n")
                .append("<title id=\"title\">").append(xml(title)).append("</title>\n")
                .append("<desc id=\"desc\">").append(xml(description(matrix))).append("</desc>\n")
                .append("<style>text{font-family:sans-serif;font-size:13px;fill:#1a1a1a}.h{font-weight:bold;font-size:16px}</style>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                .append("<text class=\"h\" x=\"10\" y=\"28\">").append(xml(title)).append("</text>\n");
        for (int c = 0; c < matrix.years().size(); c++) {
            svg.append("<text x=\"").append(LABEL_WIDTH + c * COLUMN + 8).append("\" y=\"").append(TOP - 10)
                    .append("\" font-weight=\"bold\">").append(matrix.years().get(c)).append("</text>\n");
        }
        int y = TOP;
        for (ObjectiveMatrix.CountyRow county : matrix.counties()) {
            svg.append("<text x=\"10\" y=\"").append(y + 20).append("\">").append(xml(county.countyName())).append("</text>\n");
            for (int c = 0; c < county.cells().size(); c++) {
                ObjectiveMatrix.Cell cell = county.cells().get(c);
                int x = LABEL_WIDTH + c * COLUMN;
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(COLUMN - 4)
                        .append("\" height=\"").append(ROW - 4).append("\" fill=\"")
                        .append(cell.assessment() == null ? NO_DATA_FILL : FILL.get(cell.assessment()))
                        .append("\" stroke=\"#8a8a8a\"/>\n")
                        .append("<text x=\"").append(x + 8).append("\" y=\"").append(y + 18).append("\">")
                        .append(xml(label(cell))).append("</text>\n");
            }
            y += ROW;
        }
        svg.append("<text x=\"10\" y=\"").append(y + 30).append("\">Bedömning: Ja, Nära, Nej (färg och text). ")
                .append("Trend: ↗ positiv, → neutral, ↘ negativ, ? oklar. – = ingen publicerad bedömning.</text>\n")
                .append("</svg>\n");
        return svg.toString();
    }

    private static String label(ObjectiveMatrix.Cell cell) {
        if (cell.assessment() == null && cell.trend() == null) {
            return "–";
        }
        return (cell.assessmentText() == null ? "–" : cell.assessmentText())
                + (cell.trend() == null ? "" : " " + ARROW.get(cell.trend()));
    }

    /** The chart in words: per county, its assessment and trend in each year. */
    private static String description(ObjectiveMatrix matrix) {
        if (matrix.counties().isEmpty()) {
            return "Inga publicerade bedömningar av " + matrix.objectiveName() + " ännu.";
        }
        StringBuilder text = new StringBuilder("Bedömning och trend per län och år för miljömålet ")
                .append(matrix.objectiveName()).append(". ");
        for (ObjectiveMatrix.CountyRow county : matrix.counties()) {
            text.append(county.countyName()).append(':');
            for (ObjectiveMatrix.Cell cell : county.cells()) {
                text.append(' ').append(cell.year()).append(' ')
                        .append(cell.assessmentText() == null ? "ingen bedömning" : cell.assessmentText().toLowerCase())
                        .append(cell.trendText() == null ? "" : ", trend " + cell.trendText().toLowerCase()).append(';');
            }
            text.setCharAt(text.length() - 1, '.');
            text.append(' ');
        }
        return text.toString().strip();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
