package se.rus.reporting.rendering;

import se.rus.reporting.model.Report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The report as Markdown, in the order and wording of the 2024 report. */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    public static String render(Report report) {
        StringBuilder md = new StringBuilder();
        List<String> cover = report.coverLines() == null ? List.of() : report.coverLines();
        if (!cover.isEmpty()) {
            md.append("**").append(Markdown.escape(cover.get(0))).append("**\n\n");
        }
        md.append("# ").append(Markdown.escape(Wording.title(report))).append("\n\n");
        md.append(Markdown.escape(Wording.coverYear(report))).append("  \n");
        md.append('*').append(Wording.statusLine(report)).append("*\n\n");
        cover.stream().skip(1).forEach(line -> md.append(Markdown.escape(line)).append("\n\n"));
        paragraph(md, report.approvalLine());
        md.append(Blocks.markdown(report.introduction()));

        md.append("## ").append(Wording.MAIN_ACTIVITIES).append("\n\n");
        Wording.noMainActivities(report).ifPresent(line -> paragraph(md, line));
        md.append(Blocks.markdown(report.mainActivities()));
        if (!report.highlights().isEmpty()) {
            if (Wording.needsHighlightsLead(report)) {
                md.append(Wording.HIGHLIGHTS).append("\n\n");
            }
            report.highlights().forEach(h -> md.append("- ").append(Markdown.escape(h)).append('\n'));
            md.append('\n');
        }
        md.append(Blocks.markdown(report.closingAssessment()));

        md.append("## ").append(Wording.outcomesHeading(report)).append("\n\n");
        Wording.noActivities(report).ifPresentOrElse(line -> paragraph(md, line), () -> {
            for (Report.Area area : report.areas()) {
                md.append("### ").append(Markdown.escape(area.name())).append("\n\n");
                if (area.activities().isEmpty()) {
                    paragraph(md, Wording.NO_ACTIVITIES_IN_AREA);
                }
                for (Wording.StatusGroup group : Wording.statusGroups(area)) {
                    md.append(Markdown.escape(group.lead())).append("\n\n");
                    group.activities().forEach(a -> md.append("- ").append(Markdown.escape(Wording.listItem(a))).append('\n'));
                    md.append('\n');
                }
            }
            md.append("### ").append(Wording.PLANNED_DAYS).append("\n\n");
            table(md, Wording.plannedDaysTable(report));
            Wording.newAreasNote(report).ifPresent(line -> paragraph(md, line));
        });

        economy(md, report);
        appendix1(md, report);
        appendix2(md, report);
        List<String> closing = report.closingLines() == null ? List.of() : report.closingLines();
        closing.forEach(line -> md.append("**").append(Markdown.escape(line)).append("**  \n"));
        return md.toString();
    }

    private static void economy(StringBuilder md, Report report) {
        Report.Economy economy = report.economy();
        md.append("## ").append(Wording.ECONOMY).append("\n\n");
        Wording.noPosts(report).ifPresentOrElse(line -> {
            paragraph(md, line);
            Wording.economySummary(report).forEach(summary -> paragraph(md, summary));
        }, () -> {
            table(md, Wording.economyTable(report));
            paragraph(md, Wording.DIFFERENCE_NOTE);
            Wording.newPostsNote(report).ifPresent(line -> paragraph(md, line));
        });
        if (!economy.coFinancing().isEmpty()) {
            md.append("### ").append(Wording.CO_FINANCING).append("\n\n");
            table(md, Wording.fundsTable(economy.coFinancing(), economy.totalCoFinancing()));
        }
        Wording.resultAfterCoFinancing(report).forEach(line -> paragraph(md, line));
        if (!economy.outsideFunds().isEmpty()) {
            md.append("### ").append(Wording.OUTSIDE_FUNDS).append("\n\n");
            table(md, Wording.fundsTable(economy.outsideFunds(), economy.totalOutsideFunds()));
            Wording.outsideFundsNote(report).ifPresent(line -> paragraph(md, line));
        }
    }

    private static void table(StringBuilder md, Table table) {
        row(md, table.header().toArray(String[]::new));
        md.append('|');
        for (int column = 0; column < table.header().size(); column++) {
            md.append(table.isFigure(column) ? " ---: |" : " --- |");
        }
        md.append('\n');
        for (int r = 0; r < table.rows().size(); r++) {
            boolean sum = table.lastRowIsSum() && r == table.rows().size() - 1;
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < table.header().size(); column++) {
                String cell = Markdown.cell(table.cell(r, column));
                cells.add(sum && !cell.isEmpty() && !table.isComment(column) ? "**" + cell + "**" : cell);
            }
            cells(md, cells.toArray(String[]::new));
        }
        md.append('\n');
    }

    private static void row(StringBuilder md, String... texts) {
        cells(md, Arrays.stream(texts).map(Markdown::cell).toArray(String[]::new));
    }

    /** A table row of cells already in Markdown. */
    private static void cells(StringBuilder md, String... cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(cell).append(" |");
        }
        md.append('\n');
    }

    private static void appendix1(StringBuilder md, Report report) {
        md.append("## ").append(Wording.APPENDIX_1).append("\n\n");
        Wording.noActivities(report).ifPresent(line -> paragraph(md, line));
        for (Report.Area area : Wording.noActivities(report).isPresent() ? List.<Report.Area>of() : report.areas()) {
            md.append("### ").append(Markdown.escape(area.name())).append("\n\n");
            md.append("#### ").append(Wording.RESOURCES).append("\n\n");
            paragraph(md, Wording.areaDaysLine(report, area));
            paragraph(md, area.resourceNote());
            md.append(Blocks.markdown(area.followUpNote()));
            if (area.activities().isEmpty()) {
                paragraph(md, Wording.NO_ACTIVITIES_IN_AREA);
                continue;
            }
            md.append("#### ").append(Wording.ACTIVITY_FOLLOW_UP).append("\n\n");
            for (Report.Activity activity : area.activities()) {
                md.append("##### ").append(Markdown.escape(Wording.appendixHeading(activity))).append("\n\n");
                md.append(Markdown.escape(Wording.plannedDaysLine(activity))).append("  \n");
                String spent = Wording.daysSpentLine(activity);
                if (spent != null) {
                    md.append(Markdown.escape(spent)).append("  \n");
                }
                md.append(Markdown.escape(Wording.statusSentence(activity.status()))).append("\n\n");
                md.append(Blocks.markdown(activity.narrative()));
            }
        }
    }

    private static void appendix2(StringBuilder md, Report report) {
        md.append("## ").append(Markdown.escape(Wording.appendix2Heading(report))).append("\n\n");
        md.append("Värdering:\n\n");
        Wording.VALUATION_SCALE.forEach(line -> md.append(line).append("\n\n"));
        md.append(Blocks.markdown(report.goalsNote()));
        Wording.noGoals(report).ifPresent(line -> md.append(line).append("\n\n"));
        Charts.valuations(report).ifPresent(valuations -> {
            md.append(Markdown.escape(valuations.title())).append("\n\n");
            table(md, Wording.figuresTable(valuations, "Område"));
        });
        String currentArea = null;
        for (Report.Goal goal : report.goals()) {
            if (!goal.area().equals(currentArea)) {
                if (currentArea != null) {
                    md.append('\n');
                }
                currentArea = goal.area();
                md.append("### ").append(Markdown.escape(currentArea)).append("\n\n");
            }
            md.append("- ").append(Markdown.escape(goal.text())).append("  \n  ")
                    .append(Markdown.escape(Wording.goalFollowUp(report, goal)))
                    .append('\n');
        }
        md.append('\n');
    }

    private static void paragraph(StringBuilder md, String text) {
        if (text != null && !text.isBlank()) {
            md.append(Markdown.escape(text)).append("\n\n");
        }
    }
}
