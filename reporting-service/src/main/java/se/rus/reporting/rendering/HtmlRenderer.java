package se.rus.reporting.rendering;

import se.rus.reporting.model.Report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * The report as one printable HTML page with inline SVG charts and no script. It is also well-formed XML
 * (polyglot markup: {@code <br/>}, quoted attributes), since the PDF is laid out from this very page: the PDF's
 * variant adds the bookmarks (openhtmltopdf's {@code <bookmarks>}) that a browser has no use for.
 */
public final class HtmlRenderer {

    /**
     * One stylesheet for the screen, the printer and the PDF (laid out from this page as printed). Sizes in
     * rem/em and percentages so the page reflows at 200 % zoom; DejaVu Sans first, the font the PDF embeds;
     * every colour at least 4.5:1 against white. Ligatures are off (in the PDF the font has no substitution table
     * either, see PdfRenderer), so copied text reads "fi", not U+FB01.
     * Table columns take their width from their content; a row's name never wraps a short name onto more than
     * two lines. A heading stays with its first lines, but a long activity may break across pages. The economy
     * PDF layout engine would otherwise leave a table's header row alone at a page's foot, so a table starts on a
     * new page when less than 3 cm is left (6 cm for the economy table, whose rows are tall lists); a table that
     * continues repeats its header row (-fs-table-paginate).
     */
    private static final String STYLE = """
            html{font-family:'DejaVu Sans',Verdana,Arial,sans-serif;color:#111;background:#fff;line-height:1.45;font-variant-ligatures:none;font-feature-settings:"liga" 0,"clig" 0}
            body{max-width:48rem;margin:2rem auto;padding:0 1rem}
            h1,h2,h3,h4,h5{line-height:1.2;page-break-after:avoid}
            h1{font-size:1.8rem}h2{font-size:1.35rem;margin-top:2rem}h3{font-size:1.15rem}h4{font-size:1.05rem;margin-bottom:.3rem}h5{font-size:1rem;margin:1rem 0 .3rem}
            .status{color:#4a4a4a}
            .cover{margin-bottom:2rem}.cover .lead{font-size:1.1rem;font-weight:bold}.cover .year{font-size:1.3rem}
            nav.contents ol{list-style:none;padding-left:0}nav.contents ol ol{padding-left:1.2rem}nav.contents li{margin:.2rem 0}
            table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}
            th,td{border:1px solid #767676;padding:.3rem .4rem;vertical-align:top;text-align:left}
            td{overflow-wrap:break-word}
            tbody th{font-weight:normal;min-width:9em}
            td.amount,th.amount{text-align:right;white-space:nowrap}
            tr.sum th,tr.sum td{font-weight:bold}tr.sum td.comment{font-weight:normal}
            td.comment{min-width:12em}td.comment p{margin:0}td.comment ul{margin:.2rem 0;padding-left:1.2rem}
            thead{display:table-header-group}tr{page-break-inside:avoid}
            .note{font-size:.9em;color:#4a4a4a}
            .meta{margin:0;page-break-before:avoid}
            figure{margin:1rem 0;page-break-inside:avoid}
            figcaption{font-weight:bold;margin-bottom:.3rem}
            svg.chart{max-width:100%;height:auto}
            section.appendix{page-break-before:always}
            article{page-break-inside:auto}
            p{orphans:3;widows:3}
            footer.closing{margin-top:3rem;font-weight:bold}footer.closing p{margin:.2rem 0}
            @media print{body{margin:0;max-width:none;padding:0;font-size:10pt}a{color:inherit;text-decoration:none}
            table{-fs-table-paginate:paginate;-fs-page-break-min-height:3cm}table.economy{font-size:8pt;-fs-page-break-min-height:6cm}table.economy tbody th{width:24%}table.wide{font-size:7.5pt}table.wide th,table.wide td{padding:.25em .3em}
            .cover{padding-top:40mm}.cover h1{font-size:2.2rem}
            nav.contents{page-break-before:always;page-break-after:always}nav.contents a::after{content:leader('.') target-counter(attr(href), page)}
            footer.closing{page-break-before:always;padding-top:215mm}}
            """;

    /**
     * On a screen only: a wide table scrolls in its region with its naming column kept in view, never the page;
     * a chart keeps its drawn size (text at least 12 px) and scrolls in its figure on a narrow screen. On a phone a
     * table with a text column (a comment) becomes one card per row, each figure named by its column: as a table
     * its comment column was a few words wide and a row hundreds of pixels tall.
     */
    private static final String SCREEN_STYLE = """
            .table,figure{overflow-x:auto;max-width:100%}
            tbody th[scope=row]{position:sticky;left:0;background:#fff}
            svg.chart{min-width:40rem}
            @media screen and (max-width:40rem){body{padding:0 .75rem;margin:1rem auto}h1{font-size:1.5rem}table{font-size:.85rem}
            table.cards,table.cards tbody,table.cards tr,table.cards th,table.cards td{display:block}
            table.cards thead{display:none}
            table.cards tr{border:1px solid #767676;margin:.5rem 0;padding:.2rem 0}
            table.cards th,table.cards td{border:none;min-width:0;text-align:left}
            table.cards tbody th[scope=row]{position:static;font-weight:bold}
            table.cards td[data-label]::before{content:attr(data-label) ": ";color:#4a4a4a}}
            """;

    /** A page's margin boxes inherit nothing from the page's html element: their font is named again. */
    private static final String MARGIN_TEXT = "font-family:'DejaVu Sans';font-size:7.5pt;color:#4a4a4a";

    private HtmlRenderer() {
    }

    /** The page a browser shows. */
    public static String render(Report report) {
        return page(report, false);
    }

    /** The page the PDF is laid out from: the same, with a running footer and bookmarks for the PDF reader. */
    static String pdfPage(Report report) {
        return page(report, true);
    }

    private static String page(Report report, boolean forPdf) {
        Headings headings = new Headings();
        StringBuilder body = new StringBuilder();
        summary(body, headings, report);
        economy(body, headings, report);
        appendix1(body, headings, report);
        appendix2(body, headings, report);

        String title = Wording.title(report);
        String status = Wording.statusLine(report);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
                .append(Html.escape(title)).append("</title>\n")
                .append("<meta name=\"subject\" content=\"").append(Html.escape(status)).append("\"/>\n")
                .append("<meta name=\"author\" content=\"RUS\"/>\n<style>").append(STYLE)
                .append("@page{size:A4;margin:18mm 18mm 22mm;@bottom-left{content:")
                .append(Html.cssString(title + " · " + status)).append(";").append(MARGIN_TEXT).append("}")
                .append("@bottom-right{content:\"Sida \" counter(page) \" av \" counter(pages);text-align:right;")
                .append(MARGIN_TEXT).append("}}\n")
                .append("</style>\n");
        if (forPdf) {
            // the PDF is printed: its layout engine has no use for (and cannot parse) the screen's media queries
            h.append(headings.bookmarks());
        } else {
            h.append("<style media=\"screen\">").append(SCREEN_STYLE).append("</style>\n");
        }
        h.append("</head>\n<body>\n");
        cover(h, report);
        h.append("<main>\n");
        h.append(headings.contents());
        h.append(body);
        h.append("</main>\n");
        closing(h, report);
        return h.append("</body>\n</html>\n").toString();
    }

    /** Title, who publishes it, the year and where the report stands: the first page of the PDF. */
    private static void cover(StringBuilder h, Report report) {
        List<String> lines = report.coverLines() == null ? List.of() : report.coverLines();
        h.append("<header class=\"cover\">\n");
        if (!lines.isEmpty()) {
            h.append("<p class=\"lead\">").append(Html.escape(lines.get(0))).append("</p>\n");
        }
        h.append("<h1 id=\"top\">").append(Html.escape(Wording.title(report))).append("</h1>\n");
        h.append("<p class=\"year\">").append(Html.escape(Wording.coverYear(report))).append("</p>\n");
        h.append("<p class=\"status\">").append(Html.escape(Wording.statusLine(report))).append("</p>\n");
        lines.stream().skip(1).forEach(line -> h.append("<p>").append(Html.escape(line)).append("</p>\n"));
        h.append("</header>\n");
    }

    private static void closing(StringBuilder h, Report report) {
        List<String> lines = report.closingLines() == null ? List.of() : report.closingLines();
        if (lines.isEmpty()) {
            return;
        }
        h.append("<footer class=\"closing\">\n");
        for (String line : lines) {
            h.append("<p>");
            if (line.matches("(?i)(https?://)?www\\.[\\w.-]+(/\\S*)?")) {
                String href = line.startsWith("http") ? line : "https://" + line;
                h.append("<a href=\"").append(Html.escape(href)).append("\" title=\"").append(Html.escape(line)).append("\">")
                        .append(Html.escape(line)).append("</a>");
            } else {
                h.append(Html.escape(line));
            }
            h.append("</p>\n");
        }
        h.append("</footer>\n");
    }

    private static void summary(StringBuilder h, Headings headings, Report report) {
        paragraph(h, report.approvalLine());
        h.append(Blocks.html(report.introduction()));

        headings.open(h, 2, Wording.MAIN_ACTIVITIES, true);
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

        headings.open(h, 2, Wording.outcomesHeading(report), true);
        if (Wording.noActivities(report).isPresent()) {
            paragraph(h, Wording.noActivities(report).get());
            return;
        }
        for (Report.Area area : report.areas()) {
            headings.open(h, 3, area.name(), false);
            if (area.activities().isEmpty()) {
                paragraph(h, Wording.NO_ACTIVITIES_IN_AREA);
            }
            for (Wording.StatusGroup group : Wording.statusGroups(area)) {
                h.append("<p>").append(Html.escape(group.lead())).append("</p>\n<ul>");
                group.activities().forEach(a -> h.append("<li>").append(Html.escape(Wording.listItem(a))).append("</li>"));
                h.append("</ul>\n");
            }
        }
        headings.open(h, 3, Wording.PLANNED_DAYS, true);
        table(h, Wording.plannedDaysTable(report), Wording.PLANNED_DAYS, null);
        Wording.newAreasNote(report).ifPresent(line -> paragraph(h, line));
        chart(h, Charts.plannedDays(report), "chart-days");
    }

    private static void economy(StringBuilder h, Headings headings, Report report) {
        Report.Economy economy = report.economy();
        headings.open(h, 2, Wording.ECONOMY, true);
        if (Wording.noPosts(report).isPresent()) {
            paragraph(h, Wording.noPosts(report).get());
            Wording.economySummary(report).forEach(line -> paragraph(h, line));
        } else {
            // with last year's columns too, five figures share the line: smaller print, not clipped
            table(h, Wording.economyTable(report), Wording.ECONOMY, Wording.showsPreviousYear(report) ? "economy wide" : "economy");
            h.append("<p class=\"note\">").append(Html.escape(Wording.DIFFERENCE_NOTE)).append("</p>\n");
            Wording.newPostsNote(report).ifPresent(line -> paragraph(h, line));
            chart(h, Charts.budgetAndOutcome(report), "chart-economy");
        }
        if (!economy.coFinancing().isEmpty()) {
            headings.open(h, 3, Wording.CO_FINANCING, true);
            table(h, Wording.fundsTable(economy.coFinancing(), economy.totalCoFinancing()), Wording.CO_FINANCING, null);
        }
        Wording.resultAfterCoFinancing(report).forEach(line -> paragraph(h, line));
        if (!economy.outsideFunds().isEmpty()) {
            headings.open(h, 3, Wording.OUTSIDE_FUNDS, true);
            table(h, Wording.fundsTable(economy.outsideFunds(), economy.totalOutsideFunds()), Wording.OUTSIDE_FUNDS, null);
            Wording.outsideFundsNote(report).ifPresent(line -> paragraph(h, line));
        }
    }

    /**
     * A table in a wrapper that scrolls sideways on a narrow screen (a table of figures that cannot wrap may be
     * wider than the page); focusable and named, so it can be scrolled with the keyboard. The first column names
     * the row, so it is the row's header; the header row names the columns; a comment column holds paragraphs.
     */
    private static void table(StringBuilder h, Table table, String name, String tableClass) {
        String classes = String.join(" ", Stream.of(tableClass, table.hasTextColumn() ? "cards" : null)
                .filter(Objects::nonNull).toList());
        h.append("<div class=\"table\" role=\"region\" tabindex=\"0\" aria-label=\"").append(Html.escape(name))
                .append("\">\n<table").append(classes.isEmpty() ? "" : " class=\"" + classes + "\"").append(">\n");
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
                // a card names each figure; an empty cell gets no label: a card says nothing about what it does not have
                String label = !table.hasTextColumn() || table.cell(r, column).isBlank() ? ""
                        : " data-label=\"" + Html.escape(table.header().get(column)) + "\"";
                if (column == 0) {
                    h.append("<th scope=\"row\">").append(Html.escape(row.get(column))).append("</th>");
                } else if (table.isFigure(column)) {
                    h.append("<td class=\"amount\"").append(label).append(">").append(Html.escape(row.get(column))).append("</td>");
                } else if (table.isComment(column)) {
                    h.append("<td class=\"comment\"").append(label).append(">").append(Blocks.html(table.comment(r, column))).append("</td>");
                } else {
                    h.append("<td").append(label).append(">").append(Html.escape(row.get(column))).append("</td>");
                }
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</div>\n");
    }

    private static void appendix1(StringBuilder h, Headings headings, Report report) {
        h.append("<section class=\"appendix\">\n");
        headings.open(h, 2, Wording.APPENDIX_1, true);
        Wording.noActivities(report).ifPresent(line -> paragraph(h, line));
        for (Report.Area area : Wording.noActivities(report).isPresent() ? List.<Report.Area>of() : report.areas()) {
            headings.open(h, 3, area.name(), true);
            headings.open(h, 4, Wording.RESOURCES, false);
            paragraph(h, Wording.areaDaysLine(report, area));
            paragraph(h, area.resourceNote());
            h.append(Blocks.html(area.followUpNote()));
            if (area.activities().isEmpty()) {
                paragraph(h, Wording.NO_ACTIVITIES_IN_AREA);
                continue;
            }
            headings.open(h, 4, Wording.ACTIVITY_FOLLOW_UP, false);
            for (Report.Activity activity : area.activities()) {
                h.append("<article>\n");
                headings.open(h, 5, Wording.appendixHeading(activity), false);
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

    private static void appendix2(StringBuilder h, Headings headings, Report report) {
        h.append("<section class=\"appendix\">\n");
        headings.open(h, 2, Wording.appendix2Heading(report), true);
        h.append("<p>Värdering:</p>\n");
        Wording.VALUATION_SCALE.forEach(line -> paragraph(h, line));
        h.append(Blocks.html(report.goalsNote()));
        Wording.noGoals(report).ifPresent(line -> paragraph(h, line));
        Charts.valuations(report).ifPresent(valuations -> {
            chart(h, Optional.of(valuations), "chart-valuations");
            table(h, Wording.figuresTable(valuations, "Område"), valuations.title(), null);
        });
        String currentArea = null;
        for (Report.Goal goal : report.goals()) {
            if (!goal.area().equals(currentArea)) {
                if (currentArea != null) {
                    h.append("</ul>\n");
                }
                currentArea = goal.area();
                headings.open(h, 3, currentArea, false);
                h.append("<ul>");
            }
            h.append("<li>").append(Html.escape(goal.text())).append("<br/>")
                    .append(Html.escape(Wording.goalFollowUp(report, goal))).append("</li>");
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

    /**
     * The page's headings as they are written, each with an id: the contents list (sections, areas and appendices,
     * linked, with page numbers in print) and the PDF's bookmarks (every heading, nested as the headings are).
     */
    private static final class Headings {

        private record Heading(int level, String id, String text, boolean listed) {
        }

        private final List<Heading> all = new ArrayList<>();

        void open(StringBuilder h, int level, String text, boolean listed) {
            Heading heading = new Heading(level, "h" + (all.size() + 1), text, listed);
            all.add(heading);
            h.append("<h").append(level).append(" id=\"").append(heading.id()).append("\">")
                    .append(Html.escape(text)).append("</h").append(level).append(">\n");
        }

        String contents() {
            StringBuilder nav = new StringBuilder("<nav class=\"contents\" aria-labelledby=\"contents\">\n")
                    .append("<h2 id=\"contents\">").append(Wording.CONTENTS).append("</h2>\n");
            // the title names the section for a pointer; the PDF describes the link itself (PdfRenderer)
            nested(nav, all.stream().filter(Heading::listed).toList(), (out, heading) -> out.append("<a href=\"#")
                    .append(heading.id()).append("\" title=\"").append(Html.escape(heading.text())).append("\">")
                    .append(Html.escape(heading.text())).append("</a>"), "ol", "li");
            return nav.append("</nav>\n").toString();
        }

        String bookmarks() {
            StringBuilder out = new StringBuilder("<bookmarks>\n");
            nestedBookmarks(out, all, 0, all.isEmpty() ? 0 : all.get(0).level());
            return out.append("</bookmarks>\n").toString();
        }

        private static int nestedBookmarks(StringBuilder out, List<Heading> headings, int from, int level) {
            int i = from;
            while (i < headings.size() && headings.get(i).level() >= level) {
                Heading heading = headings.get(i);
                out.append("<bookmark name=\"").append(Html.escape(heading.text())).append("\" href=\"#")
                        .append(heading.id()).append("\">");
                i = nestedBookmarks(out, headings, i + 1, heading.level() + 1);
                out.append("</bookmark>\n");
            }
            return i;
        }

        /** Nested lists following the levels: a heading deeper than the one before opens a list inside its item. */
        private static void nested(StringBuilder out, List<Heading> headings,
                                   BiConsumer<StringBuilder, Heading> item, String list, String entry) {
            int depth = 0;
            int[] levels = new int[8];
            for (Heading heading : headings) {
                if (depth == 0 || heading.level() > levels[depth - 1]) {
                    out.append('<').append(list).append('>');
                    levels[depth++] = heading.level();
                } else {
                    while (depth > 1 && heading.level() < levels[depth - 1]) {
                        out.append("</").append(entry).append("></").append(list).append('>');
                        depth--;
                    }
                    out.append("</").append(entry).append('>');
                }
                out.append('<').append(entry).append('>');
                item.accept(out, heading);
            }
            while (depth > 0) {
                out.append("</").append(entry).append("></").append(list).append('>');
                depth--;
            }
            out.append('\n');
        }
    }
}
