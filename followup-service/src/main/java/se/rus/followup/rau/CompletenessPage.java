package se.rus.followup.rau;

import se.rus.platform.time.TimeSource;

import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Renders the completeness matrix as one self-contained HTML page: a cell's colour is the
 * assessment, its arrow the trend, its label the review status. All text is escaped, since
 * summaries come from 21 different organisations' systems. A submission sent after the deadline is
 * marked "Sen" with its time in Swedish time.
 */
public final class CompletenessPage {

    private static final Map<Trend, String> ARROWS = Map.of(
            Trend.POSITIVE, "↑", Trend.NEUTRAL, "→", Trend.NEGATIVE, "↓", Trend.UNCLEAR, "?");
    private static final Map<SubmissionStatus, String> STATUS_LABELS = Map.of(
            SubmissionStatus.DRAFT, "Utkast", SubmissionStatus.SUBMITTED, "Inskickad",
            SubmissionStatus.RETURNED, "Returnerad", SubmissionStatus.ACCEPTED, "Godkänd");
    private static final Map<Assessment, String> ASSESSMENT_LABELS = Map.of(
            Assessment.YES, "Ja", Assessment.CLOSE, "Nära", Assessment.NO, "Nej");

    private static final DateTimeFormatter SWEDISH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(TimeSource.SWEDEN);

    private CompletenessPage() {
    }

    public static String render(Completeness matrix) {
        StringBuilder html = new StringBuilder(16_000);
        html.append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n<title>RÅU ")
                .append(matrix.year()).append(" – inrapportering per län och miljömål</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:1.5rem;color:#1b1b1b}")
                .append("table{border-collapse:collapse;font-size:.85rem}")
                .append("th,td{border:1px solid #bbb;padding:.3rem .4rem;text-align:center}")
                .append("th.objective{writing-mode:vertical-rl;transform:rotate(180deg);max-height:14rem;font-weight:600}")
                .append("th.county{text-align:left;white-space:nowrap}")
                .append("td.yes{background:#b7e1b0}td.close{background:#fbe79a}td.no{background:#f3a9a0}")
                .append("td.none{background:#eeeeee}td.missing{background:#fff}td.na{background:#d5d5d5;color:#777}")
                .append(".trend{font-size:1.1rem;font-weight:700;display:block}.status{font-size:.7rem;display:block}")
                .append(".late{font-size:.7rem;font-weight:700;display:block;color:#8a1c10}")
                .append(".legend span{display:inline-block;padding:.2rem .5rem;margin-right:.4rem;border:1px solid #bbb}")
                .append("\n</style>\n</head>\n<body>\n<h1>RÅU ").append(matrix.year())
                .append(" – inrapportering per län och miljömål</h1>\n");
        html.append("<p>Sista dag: ").append(matrix.deadline())
                .append(matrix.status() == RoundStatus.CLOSED ? " · omgången är stängd" : " · omgången är öppen")
                .append("</p>\n");
        Completeness.Totals totals = matrix.totals();
        html.append("<p>Förväntade underlag: ").append(totals.expected())
                .append(" · godkända: ").append(totals.accepted())
                .append(" · inskickade: ").append(totals.submitted())
                .append(" · returnerade: ").append(totals.returned())
                .append(" · utkast: ").append(totals.drafts())
                .append(" · saknas: ").append(totals.missing())
                .append(" · inskickade efter sista dag: ").append(totals.late()).append("</p>\n");
        html.append("<p class=\"legend\"><span style=\"background:#b7e1b0\">Ja</span>")
                .append("<span style=\"background:#fbe79a\">Nära</span><span style=\"background:#f3a9a0\">Nej</span>")
                .append("<span style=\"background:#d5d5d5\">Följs inte upp i länet</span>")
                .append(" Trend: ↑ positiv, → neutral, ↓ negativ, ? oklar. Sen: inskickad efter sista dag</p>\n");
        html.append("<table>\n<thead><tr><th class=\"county\">Län</th>");
        for (Completeness.ObjectiveRef objective : matrix.objectives()) {
            html.append("<th class=\"objective\" scope=\"col\">").append(escape(objective.name())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (Completeness.CountyRow county : matrix.counties()) {
            html.append("<tr><th class=\"county\" scope=\"row\">").append(escape(county.code())).append(' ')
                    .append(escape(county.name())).append("</th>");
            for (Completeness.Cell cell : county.cells()) {
                html.append(cell(cell));
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String cell(Completeness.Cell cell) {
        if (!cell.applicable()) {
            return "<td class=\"na\" title=\"Följs inte upp i länet\">–</td>";
        }
        if (cell.status() == null) {
            return "<td class=\"missing\"><span class=\"status\">Saknas</span></td>";
        }
        String css = cell.assessment() == null ? "none" : cell.assessment().name().toLowerCase();
        StringBuilder title = new StringBuilder();
        if (cell.assessment() != null) {
            title.append("Bedömning: ").append(ASSESSMENT_LABELS.get(cell.assessment())).append(". ");
        }
        if (cell.late()) {
            title.append("Inskickad efter sista dag, ").append(SWEDISH_TIME.format(cell.submittedAt())).append(". ");
        }
        if (cell.summary() != null) {
            title.append(cell.summary());
        }
        return "<td class=\"" + css + "\" title=\"" + escape(title.toString().trim()) + "\">"
                + "<span class=\"trend\">" + (cell.trend() == null ? "&nbsp;" : ARROWS.get(cell.trend())) + "</span>"
                + "<span class=\"status\">" + STATUS_LABELS.get(cell.status()) + "</span>"
                + (cell.late() ? "<span class=\"late\">Sen</span>" : "") + "</td>";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
