package se.rus.reporting.report.rendering;

import se.rus.reporting.report.Report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report as one printable HTML page with inline SVG charts and no script. It is also well-formed XML
 * (polyglot markup: {@code <br/>}, quoted attributes), since the PDF is laid out from this very page.
 */
public final class HtmlRenderer {

    /**
     * One stylesheet for the screen, the printer and the PDF (laid out from this page as printed). Sizes in
     * rem/em and percentages so the page reflows at 200 % zoom; DejaVu Sans first, the font the PDF embeds;
     * every colour at least 4.5:1 against white.
     */
    private static final String STYLE = """
            @page{size:A4;margin:20mm 18mm}
            html{font-family:'DejaVu Sans',Verdana,Arial,sans-serif;color:#111;background:#fff;line-height:1.45}
            body{max-width:48rem;margin:2rem auto;padding:0 1rem}
            h1,h2,h3,h4{line-height:1.2;page-break-after:avoid}
            h1{font-size:1.8rem}h2{font-size:1.35rem;margin-top:2rem}h3{font-size:1.1rem}h4{font-size:1rem;margin-bottom:.3rem}
            .status{color:#4a4a4a}
            table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}
            th,td{border:1px solid #767676;padding:.3rem .4rem;vertical-align:top;text-align:left}
            td{word-wrap:break-word}
            tbody th{font-weight:normal}
            td.amount,th.amount{text-align:right;white-space:nowrap}
            tr.sum th,tr.sum td{font-weight:bold}tr.sum td.comment{font-weight:normal}
            td.comment p{margin:0}td.comment ul{margin:.2rem 0;padding-left:1.2rem}
            table.economy th:first-child{width:17%}table.economy .amount{width:13%}table.wide .amount{width:12.5%}
            thead{display:table-header-group}tr{page-break-inside:avoid}.table{page-break-inside:avoid}
            .meta{margin:0}
            figure{margin:1rem 0;page-break-inside:avoid}
            figcaption{font-weight:bold;margin-bottom:.3rem}
            svg.chart{max-width:100%;height:auto}
            section.appendix{page-break-before:always}
            .meta{page-break-after:avoid}p{orphans:2;widows:2}
            main>:last-child,section.appendix:last-child>:last-child,section.appendix:last-child>ul:last-child>li:last-child{margin-bottom:0;padding-bottom:0}
            @media print{body{margin:0;max-width:none;padding:0;font-size:10pt}a{color:inherit}table.economy{font-size:8pt}
            table.wide{font-size:7.5pt}table.wide th,table.wide td{padding:.25em .3em}}
            """;

    /** On a screen only: a wide table scrolls in its region instead of widening the page (the PDF cannot scroll). */
    private static final String SCREEN_STYLE = ".table{overflow-x:auto}";

    private HtmlRenderer() {
    }

    public static String render(Report report) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
                .append(Html.escape(Wording.title(report))).append("</title>\n")
                .append("<meta name=\"subject\" content=\"").append(Html.escape(MarkdownRenderer.statusLine(report))).append("\"/>\n")
                .append("<meta name=\"author\" content=\"RUS\"/>\n<style>").append(STYLE)
                .append("</style>\n<style media=\"screen\">").append(SCREEN_STYLE).append("</style>\n</head>\n<body>\n<main>\n");
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
        Wording.noActivities(report).ifPresentOrElse(line -> paragraph(h, line), () -> {
            for (Report.Area area : report.areas()) {
                h.append("<h3>").append(Html.escape(area.name())).append("</h3>\n");
                if (area.activities().isEmpty()) {
                    paragraph(h, Wording.NO_ACTIVITIES_IN_AREA);
                }
                for (Wording.StatusGroup group : Wording.statusGroups(area)) {
                    h.append("<p>").append(Html.escape(group.lead())).append("</p>\n<ul>");
                    group.activities().forEach(a -> h.append("<li>").append(Html.escape(Wording.listItem(a))).append("</li>"));
                    h.append("</ul>\n");
                }
            }
            h.append("<h3>").append(Html.escape(Wording.PLANNED_DAYS)).append("</h3>\n");
            table(h, Wording.plannedDaysTable(report), Wording.PLANNED_DAYS);
            Wording.newAreasNote(report).ifPresent(line -> paragraph(h, line));
            chart(h, Charts.plannedDays(report), "chart-days");
        });

        economy(h, report);
        appendix1(h, report);
        appendix2(h, report);
        return h.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void economy(StringBuilder h, Report report) {
        Report.Economy economy = report.economy();
        h.append("<h2>").append(Html.escape(Wording.ECONOMY)).append("</h2>\n");
        Wording.noPosts(report).ifPresent(line -> paragraph(h, line));
        if (economy.posts().isEmpty()) {
            economySummaryAndFunds(h, report);
            return;
        }
        // with last year's columns too, five figures share the line: narrower columns, smaller print, not clipped
        openTable(h, Wording.ECONOMY, Wording.showsPreviousYear(report) ? "economy wide" : "economy");
        h.append("<thead><tr>");
        List<String> header = Wording.economyHeader(report);
        for (int column = 0; column < header.size(); column++) {
            h.append(column == 0 ? "<th scope=\"col\">" : "<th scope=\"col\" class=\"amount\">")
                    .append(Html.escape(header.get(column))).append("</th>");
        }
        h.append("<th scope=\"col\">Kommentar</th></tr></thead>\n<tbody>\n");
        for (Report.Post post : economy.posts()) {
            h.append("<tr><th scope=\"row\">").append(Html.escape(post.name())).append("</th>");
            Wording.postFigures(report, post).forEach(figure ->
                    h.append("<td class=\"amount\">").append(figure).append("</td>"));
            h.append("<td class=\"comment\">").append(Blocks.html(post.comment())).append("</td></tr>\n");
        }
        h.append("<tr class=\"sum\"><th scope=\"row\">").append(Wording.SUM_ROW).append("</th>");
        Wording.sumFigures(report).forEach(figure -> h.append("<td class=\"amount\">").append(figure).append("</td>"));
        h.append("<td class=\"comment\">");
        Wording.economySummary(report).forEach(line -> h.append("<p>").append(Html.escape(line)).append("</p>"));
        h.append("</td></tr>\n</tbody>\n</table>\n</div>\n");
        Wording.newPostsNote(report).ifPresent(line -> paragraph(h, line));
        chart(h, Charts.budgetAndOutcome(report), "chart-economy");
        coFinancingAndOutsideFunds(h, report);
    }

    /** A year without posts still states its result and the funds that came in. */
    private static void economySummaryAndFunds(StringBuilder h, Report report) {
        Wording.economySummary(report).forEach(line -> paragraph(h, line));
        coFinancingAndOutsideFunds(h, report);
    }

    private static void coFinancingAndOutsideFunds(StringBuilder h, Report report) {
        Report.Economy economy = report.economy();
        if (!economy.coFinancing().isEmpty()) {
            h.append("<h3>").append(Html.escape(Wording.CO_FINANCING)).append("</h3>\n");
            table(h, Wording.fundsTable(economy.coFinancing(), economy.totalCoFinancing()), Wording.CO_FINANCING);
        }
        Wording.resultAfterCoFinancing(report).forEach(line -> paragraph(h, line));
        if (!economy.outsideFunds().isEmpty()) {
            h.append("<h3>").append(Html.escape(Wording.OUTSIDE_FUNDS)).append("</h3>\n");
            table(h, Wording.fundsTable(economy.outsideFunds(), economy.totalOutsideFunds()), Wording.OUTSIDE_FUNDS);
            Wording.outsideFundsNote(report).ifPresent(line -> paragraph(h, line));
        }
    }

    /**
     * A table in a wrapper that scrolls sideways on a narrow screen (at 200 % zoom a table of figures that
     * cannot wrap may be wider than the page); focusable and named, so it can be scrolled with the keyboard.
     */
    private static void openTable(StringBuilder h, String name, String tableClass) {
        h.append("<div class=\"table\" role=\"region\" tabindex=\"0\" aria-label=\"").append(Html.escape(name))
                .append("\">\n<table").append(tableClass == null ? "" : " class=\"" + tableClass + "\"").append(">\n");
    }

    /** The first column names the row, so it is the row's header; the header row names the columns. */
    private static void table(StringBuilder h, Table table, String name) {
        openTable(h, name, null);
        h.append("<thead><tr>");
        for (int column = 0; column < table.header().size(); column++) {
            h.append(table.isFigure(column) ? "<th scope=\"col\" class=\"amount\">" : "<th scope=\"col\">")
                    .append(Html.escape(table.header().get(column))).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < table.rows().size(); r++) {
            boolean sum = table.lastRowIsSum() && r == table.rows().size() - 1;
            h.append(sum ? "<tr class=\"sum\">" : "<tr>");
            List<String> row = table.rows().get(r);
            for (int column = 0; column < row.size(); column++) {
                String cell = Html.escape(row.get(column));
                if (column == 0) {
                    h.append("<th scope=\"row\">").append(cell).append("</th>");
                } else {
                    h.append(table.isFigure(column) ? "<td class=\"amount\">" : "<td>").append(cell).append("</td>");
                }
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n");
    }

    /** A chart's figures as a table, one row per group, for readers who do not see the chart. */
    private static Table figures(BarChart chart, String groupHeader) {
        List<String> header = new ArrayList<>();
        header.add(groupHeader);
        header.addAll(chart.series());
        List<Boolean> figureColumns = new ArrayList<>();
        figureColumns.add(false);
        chart.series().forEach(s -> figureColumns.add(true));
        List<List<String>> rows = chart.groups().stream().map(group -> {
            List<String> row = new ArrayList<>();
            row.add(group.label());
            group.values().forEach(value -> row.add(ChartLayout.format(chart.unit(), value)));
            return row;
        }).toList();
        return new Table(header, figureColumns, rows, false);
    }

    private static void appendix1(StringBuilder h, Report report) {
        h.append("<section class=\"appendix\">\n<h2>").append(Html.escape(Wording.APPENDIX_1)).append("</h2>\n");
        Wording.noActivities(report).ifPresent(line -> paragraph(h, line));
        for (Report.Area area : Wording.noActivities(report).isPresent() ? List.<Report.Area>of() : report.areas()) {
            h.append("<h3>").append(Html.escape(area.name())).append("</h3>\n");
            h.append("<h4>").append(Wording.RESOURCES).append("</h4>\n");
            paragraph(h, Wording.areaDaysLine(report, area));
            paragraph(h, area.resourceNote());
            h.append(Blocks.html(area.followUpNote()));
            if (area.activities().isEmpty()) {
                paragraph(h, Wording.NO_ACTIVITIES_IN_AREA);
                continue;
            }
            h.append("<h4>").append(Wording.ACTIVITY_FOLLOW_UP).append("</h4>\n");
            for (Report.Activity activity : area.activities()) {
                h.append("<article>\n<h4>").append(Html.escape(Wording.appendixHeading(activity))).append("</h4>\n");
                h.append("<p class=\"meta\">").append(Html.escape(Wording.plannedDaysLine(activity))).append("<br/>");
                String spent = Wording.daysSpentLine(activity);
                if (spent != null) {
                    h.append(Html.escape(spent)).append("<br/>");
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
        h.append(Blocks.html(report.goalsNote()));
        Wording.noGoals(report).ifPresent(line -> paragraph(h, line));
        Charts.valuations(report).ifPresent(valuations -> {
            chart(h, Optional.of(valuations), "chart-valuations");
            table(h, figures(valuations, "Område"), valuations.title());
        });
        String currentArea = null;
        for (Report.Goal goal : report.goals()) {
            if (!goal.area().equals(currentArea)) {
                if (currentArea != null) {
                    h.append("</ul>\n");
                }
                currentArea = goal.area();
                h.append("<h3>").append(Html.escape(currentArea)).append("</h3>\n<ul>");
            }
            h.append("<li>").append(Html.escape(goal.text())).append("<br/>")
                    .append(Html.escape(Wording.valuationLine(report, goal))).append(' ')
                    .append(Html.escape(Blocks.inline(goal.followUp()))).append(' ')
                    .append(Html.escape(Wording.comparison(goal))).append("</li>");
        }
        if (currentArea != null) {
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    /** The chart with its title as the caption, kept on one page with it. */
    private static void chart(StringBuilder h, Optional<BarChart> chart, String id) {
        chart.ifPresent(c -> h.append("<figure><figcaption>").append(Html.escape(c.title())).append("</figcaption>\n")
                .append(SvgChart.render(c, id)).append("</figure>\n"));
    }

    private static void paragraph(StringBuilder h, String text) {
        if (text != null && !text.isBlank()) {
            h.append("<p>").append(Html.escape(text)).append("</p>\n");
        }
    }
}
