package se.rus.reporting.report.rendering;

import se.rus.reporting.report.Report;

import java.util.List;
import java.util.Optional;

/** The report as one printable HTML page with inline SVG charts and no script. */
public final class HtmlRenderer {

    private static final String STYLE = """
            body{font-family:Georgia,'Times New Roman',serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#111}
            h1,h2,h3,h4{font-family:Helvetica,Arial,sans-serif;line-height:1.2}
            h1{font-size:1.8rem}h2{font-size:1.35rem;margin-top:2rem}h3{font-size:1.1rem}h4{font-size:1rem;margin-bottom:.3rem}
            .status{font-style:italic;color:#555}
            table{border-collapse:collapse;width:100%;font-size:.9rem}
            th,td{border:1px solid #999;padding:.3rem .4rem;vertical-align:top;text-align:left}
            td.amount,th.amount{text-align:right;white-space:nowrap}
            tr.sum td{font-weight:bold}tr.sum td.comment{font-weight:normal}
            .meta{margin:0}
            figure{margin:1rem 0}svg.chart{max-width:100%;height:auto}
            section.appendix{page-break-before:always}
            @media print{body{margin:0;max-width:none}a{color:inherit}}
            """;

    private HtmlRenderer() {
    }

    public static String render(Report report) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(Wording.title(report))).append("</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(Html.escape(Wording.title(report))).append("</h1>\n");
        h.append("<p class=\"status\">").append(Html.escape(MarkdownRenderer.statusLine(report))).append("</p>\n");
        paragraph(h, report.approvalLine());
        h.append(Blocks.html(report.introduction()));

        h.append("<h2>").append(Html.escape(Wording.MAIN_ACTIVITIES)).append("</h2>\n");
        h.append(Blocks.html(report.mainActivities()));
        if (!report.highlights().isEmpty()) {
            if (Wording.needsHighlightsLead(report)) {
                h.append("<p>").append(Html.escape(Wording.HIGHLIGHTS)).append("</p>\n");
            }
            h.append("<ul>");
            report.highlights().forEach(item -> h.append("<li>").append(Html.escape(item)).append("</li>"));
            h.append("</ul>\n");
        }
        h.append(Blocks.html(report.closingAssessment()));

        h.append("<h2>").append(Html.escape(Wording.outcomesHeading(report))).append("</h2>\n");
        for (Report.Area area : report.areas()) {
            h.append("<h3>").append(Html.escape(area.name())).append("</h3>\n");
            for (Wording.StatusGroup group : Wording.statusGroups(area)) {
                h.append("<p>").append(Html.escape(group.lead())).append("</p>\n<ul>");
                group.activities().forEach(a -> h.append("<li>").append(Html.escape(Wording.listItem(a))).append("</li>"));
                h.append("</ul>\n");
            }
        }
        h.append("<h3>").append(Html.escape(Wording.PLANNED_DAYS)).append("</h3>\n");
        table(h, Wording.plannedDaysTable(report));
        chart(h, Charts.plannedDays(report));

        economy(h, report);
        appendix1(h, report);
        appendix2(h, report);
        return h.append("</body>\n</html>\n").toString();
    }

    private static void economy(StringBuilder h, Report report) {
        Report.Economy economy = report.economy();
        h.append("<h2>").append(Html.escape(Wording.ECONOMY)).append("</h2>\n<table>\n<thead><tr>");
        List<String> header = Wording.economyHeader(report);
        for (int column = 0; column < header.size(); column++) {
            h.append(column == 0 ? "<th>" : "<th class=\"amount\">").append(Html.escape(header.get(column))).append("</th>");
        }
        h.append("<th>Kommentar</th></tr></thead>\n<tbody>\n");
        for (Report.Post post : economy.posts()) {
            h.append("<tr><td>").append(Html.escape(post.name())).append("</td>");
            Wording.postFigures(report, post).forEach(figure ->
                    h.append("<td class=\"amount\">").append(figure).append("</td>"));
            h.append("<td class=\"comment\">").append(Blocks.html(post.comment())).append("</td></tr>\n");
        }
        h.append("<tr class=\"sum\"><td>").append(Wording.SUM_ROW).append("</td>");
        Wording.sumFigures(report).forEach(figure -> h.append("<td class=\"amount\">").append(figure).append("</td>"));
        h.append("<td class=\"comment\">");
        Wording.economySummary(report).forEach(line -> h.append("<p>").append(Html.escape(line)).append("</p>"));
        h.append("</td></tr>\n</tbody>\n</table>\n");
        chart(h, Charts.budgetAndOutcome(report));
        if (!economy.coFinancing().isEmpty()) {
            h.append("<h3>").append(Html.escape(Wording.CO_FINANCING)).append("</h3>\n");
            table(h, Wording.fundsTable(economy.coFinancing(), economy.totalCoFinancing()));
        }
        Wording.resultAfterCoFinancing(report).forEach(line -> paragraph(h, line));
        if (!economy.outsideFunds().isEmpty()) {
            h.append("<h3>").append(Html.escape(Wording.OUTSIDE_FUNDS)).append("</h3>\n");
            table(h, Wording.fundsTable(economy.outsideFunds(), economy.totalOutsideFunds()));
            paragraph(h, Wording.OUTSIDE_FUNDS_NOTE);
        }
    }

    private static void table(StringBuilder h, Table table) {
        h.append("<table>\n<thead><tr>");
        for (int column = 0; column < table.header().size(); column++) {
            h.append(table.isFigure(column) ? "<th class=\"amount\">" : "<th>")
                    .append(Html.escape(table.header().get(column))).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < table.rows().size(); r++) {
            boolean sum = table.lastRowIsSum() && r == table.rows().size() - 1;
            h.append(sum ? "<tr class=\"sum\">" : "<tr>");
            List<String> row = table.rows().get(r);
            for (int column = 0; column < row.size(); column++) {
                h.append(table.isFigure(column) ? "<td class=\"amount\">" : "<td>")
                        .append(Html.escape(row.get(column))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    private static void appendix1(StringBuilder h, Report report) {
        h.append("<section class=\"appendix\">\n<h2>").append(Html.escape(Wording.APPENDIX_1)).append("</h2>\n");
        for (Report.Area area : report.areas()) {
            h.append("<h3>").append(Html.escape(area.name())).append("</h3>\n");
            h.append("<h4>").append(Wording.RESOURCES).append("</h4>\n");
            paragraph(h, Wording.areaDaysLine(report, area));
            paragraph(h, area.resourceNote());
            h.append(Blocks.html(area.followUpNote()));
            h.append("<h4>").append(Wording.ACTIVITY_FOLLOW_UP).append("</h4>\n");
            for (Report.Activity activity : area.activities()) {
                h.append("<article>\n<h4>").append(Html.escape(Wording.appendixHeading(activity))).append("</h4>\n");
                h.append("<p class=\"meta\">").append(Html.escape(Wording.plannedDaysLine(activity))).append("<br>");
                String extra = Wording.extraDaysLine(activity);
                if (extra != null) {
                    h.append(Html.escape(extra)).append("<br>");
                }
                h.append(Html.escape(Wording.statusSentence(activity.status()))).append("</p>\n");
                h.append(Blocks.html(activity.narrative())).append("</article>\n");
            }
        }
        h.append("</section>\n");
    }

    private static void appendix2(StringBuilder h, Report report) {
        h.append("<section class=\"appendix\">\n<h2>").append(Html.escape(Wording.appendix2Heading(report))).append("</h2>\n");
        h.append("<p>Värdering:</p>\n");
        Wording.VALUATION_SCALE.forEach(line -> paragraph(h, line));
        Wording.noGoals(report).ifPresent(line -> paragraph(h, line));
        chart(h, Charts.valuations(report));
        String currentArea = null;
        for (Report.Goal goal : report.goals()) {
            if (!goal.area().equals(currentArea)) {
                if (currentArea != null) {
                    h.append("</ul>\n");
                }
                currentArea = goal.area();
                h.append("<h3>").append(Html.escape(currentArea)).append("</h3>\n<ul>");
            }
            h.append("<li>").append(Html.escape(goal.text())).append("<br>")
                    .append(Html.escape(Wording.valuationLine(report, goal))).append(' ')
                    .append(Html.escape(Blocks.inline(goal.followUp()))).append(' ')
                    .append(Html.escape(Wording.comparison(goal))).append("</li>");
        }
        if (currentArea != null) {
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    private static void chart(StringBuilder h, Optional<BarChart> chart) {
        chart.ifPresent(c -> h.append("<figure>").append(SvgChart.render(c)).append("</figure>\n"));
    }

    private static void paragraph(StringBuilder h, String text) {
        if (text != null && !text.isBlank()) {
            h.append("<p>").append(Html.escape(text)).append("</p>\n");
        }
    }
}
