package se.rus.reporting.rendering;

import se.rus.platform.text.TextBlock;
import se.rus.reporting.model.Report;
import se.rus.reporting.model.ReportStatus;
import se.rus.reporting.model.SwedishFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The Swedish phrases of the 2024 report, shared by every rendering so they never drift apart. */
public final class Wording {

    public static final String MAIN_ACTIVITIES = "Huvudsaklig verksamhet under året redovisad i årsredovisningen";
    public static final String HIGHLIGHTS = "Exempel på prestationer:";
    public static final String ECONOMY = "Ekonomisk redovisning";
    public static final String APPENDIX_1 = "Bilaga 1: Redovisning av vad som utförts inom samtliga aktiviteter i verksamhetsplanen";
    public static final String RESOURCES = "Resursåtgång";
    public static final String ACTIVITY_FOLLOW_UP = "Uppföljning av aktiviteter";
    public static final String SUM_ROW = "Summa RUS";
    public static final String PLANNED_DAYS = "Planerad tid i VP";
    public static final String CO_FINANCING = "Medfinansiering";
    public static final String OUTSIDE_FUNDS = "Medel utanför redovisningen";
    public static final String OUTSIDE_FUNDS_NOTE = "Dessa medel hålls utanför denna redovisning och ingår inte i summorna.";
    public static final String CONTENTS = "Innehåll";
    public static final String COMMENT = "Kommentar";
    /** The sign convention of the economic table's difference column, said once below it. */
    public static final String DIFFERENCE_NOTE = "Differens = utfall − budget: ett positivt tal är ett överskridande "
            + "av budgeten, ett negativt (−) att mindre än budgeterat har använts.";

    /** The note under the outside funds, unless the funds' own descriptions already say they are kept outside. */
    public static Optional<String> outsideFundsNote(Report report) {
        boolean said = report.economy().outsideFunds().stream().map(Report.Funds::description)
                .anyMatch(d -> d != null && d.toLowerCase(Locale.ROOT).contains("utanför"));
        return said ? Optional.empty() : Optional.of(OUTSIDE_FUNDS_NOTE);
    }

    private Wording() {
    }

    /**
     * What the report is, on its cover and at the foot of every printed page: a draft, an approved version, or the
     * latest approved version of a year re-opened for a revision (what Naturvårdsverket reads meanwhile).
     */
    public static String statusLine(Report report) {
        if (report.version() == null) {
            return "Utkast – inte godkänt";
        }
        String approved = "Godkänd version " + report.version() + " (" + report.approvedAt() + ")";
        return report.status() == ReportStatus.REOPENED
                ? approved + " – en revidering pågår; detta är den senast godkända versionen"
                : approved;
    }

    /** The sentence an approved version states, written from the recorded approval; a draft has none. */
    public static String approvalSentence(String body, LocalDate approvedAt, String furtherApproval) {
        return "Verksamhetsberättelsen är godkänd av " + body + " vid mötet " + approvedAt
                + (furtherApproval == null ? "" : " och " + furtherApproval) + ".";
    }

    public static String title(Report report) {
        return report.title() == null || report.title().isBlank()
                ? "RUS verksamhetsberättelse " + report.year() : report.title();
    }

    public static String coverYear(Report report) {
        return "Verksamhetsåret " + report.year();
    }

    /** The highlights' lead-in, unless the main-activities text already ends with it (as the 2024 dataset does). */
    public static boolean needsHighlightsLead(Report report) {
        List<TextBlock> main = report.mainActivities();
        if (main == null || main.isEmpty()) {
            return true;
        }
        TextBlock last = main.get(main.size() - 1);
        return last.text() == null || !last.text().trim().equals(HIGHLIGHTS);
    }

    public static String outcomesHeading(Report report) {
        return "Utfallet för aktiviteterna " + report.year();
    }

    /** The lists of the summary section, in the report's order; statuses without activities are left out. */
    public static List<StatusGroup> statusGroups(Report.Area area) {
        List<StatusGroup> groups = new ArrayList<>();
        addGroup(groups, area, Report.ActivityStatus.DONE_AS_PLANNED, "Följande har genomförts som planerat:");
        addGroup(groups, area, Report.ActivityStatus.PARTLY_DONE, "Följande har delvis genomförts som planerat:");
        addGroup(groups, area, Report.ActivityStatus.NOT_DONE, "Följande har inte genomförts:");
        addGroup(groups, area, Report.ActivityStatus.CANCELLED, "Följande har ställts in:");
        addGroup(groups, area, null, "Följande saknar ännu uppföljning:");
        return groups;
    }

    public record StatusGroup(String lead, List<Report.Activity> activities) {
    }

    private static void addGroup(List<StatusGroup> groups, Report.Area area, Report.ActivityStatus status, String lead) {
        List<Report.Activity> matching = area.activities().stream().filter(a -> a.status() == status).toList();
        if (!matching.isEmpty()) {
            groups.add(new StatusGroup(lead, matching));
        }
    }

    /** "Särskild utvecklingsinsats", "PRIORITERAT" as they follow an activity's title. */
    public static List<String> flags(Report.Activity activity, Report.DevelopmentEffort effort) {
        List<String> flags = new ArrayList<>();
        effortWording(effort).ifPresent(flags::add);
        if (activity.prioritised()) {
            flags.add("PRIORITERAT");
        }
        return flags;
    }

    public static Optional<String> effortWording(Report.DevelopmentEffort effort) {
        return switch (effort) {
            case FULL -> Optional.of("Särskild utvecklingsinsats");
            case PARTIAL -> Optional.of("Delvis särskild utvecklingsinsats");
            case NONE -> Optional.empty();
        };
    }

    /** A summary list item: "Miljöövervakning, PRIORITERAT", with the summary's own wording of title and effort. */
    public static String listItem(Report.Activity activity) {
        List<String> flags = flags(activity, activity.summaryDevelopmentEffort() != null
                ? activity.summaryDevelopmentEffort() : activity.developmentEffort());
        String title = activity.summaryTitle() != null ? activity.summaryTitle() : activity.title();
        return flags.isEmpty() ? title : title + ", " + String.join(", ", flags);
    }

    /** An appendix heading: "Miljöövervakning PRIORITERAT". */
    public static String appendixHeading(Report.Activity activity) {
        List<String> flags = flags(activity, activity.developmentEffort());
        return flags.isEmpty() ? activity.title() : activity.title() + " " + String.join(", ", flags);
    }

    /**
     * "RUS arbetsgrupps tid i VP: 21 dagar (samt 18 dagar utanför arbetsgruppen)": the extra effort in the plan's own
     * words when it has them (they already say how many extra days), else its days.
     */
    public static String plannedDaysLine(Report.Activity activity) {
        String line = "RUS arbetsgrupps tid i VP: " + SwedishFormat.days(activity.plannedDays()) + " dagar";
        if (!isBlank(activity.extraEffortNote())) {
            return line + " (" + activity.extraEffortNote().trim() + ")";
        }
        return activity.extraDays() == null ? line
                : line + " (därtill extra tid: " + SwedishFormat.days(activity.extraDays()) + " dagar)";
    }

    /** The days the follow-up records as spent, beside the planned ones; nothing while none are recorded. */
    public static String daysSpentLine(Report.Activity activity) {
        return activity.daysSpent() == null ? null
                : "Nedlagd tid enligt uppföljningen: " + SwedishFormat.days(activity.daysSpent()) + " dagar";
    }

    public static String statusSentence(Report.ActivityStatus status) {
        if (status == null) {
            return "Uppföljning saknas.";
        }
        return switch (status) {
            case DONE_AS_PLANNED -> "Har genomförts som planerat.";
            case PARTLY_DONE -> "Har delvis genomförts som planerat.";
            case NOT_DONE -> "Har inte genomförts.";
            case CANCELLED -> "Har ställts in.";
        };
    }

    /**
     * "I verksamhetsplanen 2024 tidsattes denna till 247 arbetsdagar.", written from the plan's days, so it follows
     * the plan when its days change; last year's days and the days recorded as spent follow. Null when the area's
     * resource note already states this year's days (a note written before the sentence was generated): the report
     * never says a thing twice.
     */
    public static String areaDaysLine(Report report, Report.Area area) {
        String days = SwedishFormat.days(area.plannedDays());
        Pattern stated = Pattern.compile("(?<!\\d)(?<!\\d )" + Pattern.quote(days.replace(SwedishFormat.NBSP, ' '))
                + "\\s+(arbets)?dagar");
        if (!isBlank(area.resourceNote()) && stated.matcher(area.resourceNote().replace(SwedishFormat.NBSP, ' ')).find()) {
            return null;
        }
        StringBuilder line = new StringBuilder("I verksamhetsplanen " + report.year() + " tidsattes denna till " + days
                + " arbetsdagar");
        if (area.previousPlannedDays() != null) {
            line.append(" (").append(report.year() - 1).append(": ").append(SwedishFormat.days(area.previousPlannedDays()))
                    .append(" arbetsdagar)");
        }
        line.append('.');
        daysSpent(area.activities()).ifPresent(spent -> line.append(" Enligt uppföljningen lades ")
                .append(SwedishFormat.days(spent)).append(" dagar ned på områdets aktiviteter."));
        return line.toString();
    }

    /** The sum of the days recorded as spent, when any activity has them. */
    private static Optional<BigDecimal> daysSpent(List<Report.Activity> activities) {
        return activities.stream().map(Report.Activity::daysSpent).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal::add);
    }

    /** Said instead of an area's empty lists: the plan has nothing in it this year. */
    public static final String NO_ACTIVITIES_IN_AREA = "Inga aktiviteter är planerade inom området.";

    /** Said instead of the outcome section's headings and Bilaga 1's areas when the plan has no activities at all. */
    public static Optional<String> noActivities(Report report) {
        return report.activities().isEmpty()
                ? Optional.of("Verksamhetsplanen " + report.year() + " har inga aktiviteter, så det finns inget utfall att redovisa.")
                : Optional.empty();
    }

    /** Said under the main activities' heading while the draft has no text for it (nor highlights, nor an assessment). */
    public static Optional<String> noMainActivities(Report report) {
        return isEmpty(report.mainActivities()) && report.highlights().isEmpty() && isEmpty(report.closingAssessment())
                ? Optional.of("Ingen redovisning av årets huvudsakliga verksamhet är skriven för " + report.year() + ".")
                : Optional.empty();
    }

    private static boolean isEmpty(List<TextBlock> blocks) {
        return blocks == null || blocks.isEmpty();
    }

    /** Said instead of an economic table with nothing but its sum row. */
    public static Optional<String> noPosts(Report report) {
        return report.economy().posts().isEmpty()
                ? Optional.of("Ingen budget är registrerad för " + report.year() + ".")
                : Optional.empty();
    }

    /** Shown in a previous-year cell of a row that did not exist the year before. */
    public static final String NOT_LAST_YEAR = "–";

    /** The note under a table that shows {@link #NOT_LAST_YEAR}, naming the year; nothing when every row existed. */
    public static Optional<String> newRowsNote(Report report, boolean anyNew, String what) {
        return anyNew ? Optional.of(NOT_LAST_YEAR + " = " + what + " fanns inte " + (report.year() - 1) + ".")
                : Optional.empty();
    }

    public static Optional<String> newPostsNote(Report report) {
        return newRowsNote(report, showsPreviousYear(report)
                && report.economy().posts().stream().anyMatch(p -> p.previousBudget() == null), "posten");
    }

    public static Optional<String> newAreasNote(Report report) {
        return newRowsNote(report, report.areas().stream().anyMatch(a -> a.previousPlannedDays() != null)
                && report.areas().stream().anyMatch(a -> a.previousPlannedDays() == null), "området");
    }

    /** Planned days per area and in total, with last year's days per area where the area existed then. */
    public static Table plannedDaysTable(Report report) {
        boolean previous = report.areas().stream().anyMatch(a -> a.previousPlannedDays() != null);
        List<String> header = new ArrayList<>(List.of("Område", "Dagar i VP " + report.year()));
        if (previous) {
            header.add("Dagar i VP " + (report.year() - 1));
        }
        boolean spent = daysSpent(report.activities()).isPresent();
        if (spent) {
            header.add("Nedlagda dagar " + report.year());
        }
        List<List<String>> rows = new ArrayList<>();
        for (Report.Area area : report.areas()) {
            List<String> row = new ArrayList<>(List.of(area.name(), SwedishFormat.days(area.plannedDays())));
            if (previous) {
                row.add(area.previousPlannedDays() == null ? NOT_LAST_YEAR : SwedishFormat.days(area.previousPlannedDays()));
            }
            if (spent) {
                row.add(daysSpent(area.activities()).map(SwedishFormat::days).orElse(NOT_RECORDED));
            }
            rows.add(row);
        }
        List<String> sum = new ArrayList<>(List.of("Summa", SwedishFormat.days(report.totalPlannedDays())));
        if (previous) {
            sum.add(report.previousTotalPlannedDays() == null ? "" : SwedishFormat.days(report.previousTotalPlannedDays()));
        }
        if (spent) {
            sum.add(daysSpent(report.activities()).map(SwedishFormat::days).orElse(""));
        }
        rows.add(sum);
        List<Boolean> figures = new ArrayList<>(List.of(false, true));
        if (previous) {
            figures.add(true);
        }
        if (spent) {
            figures.add(true);
        }
        return new Table(header, figures, rows, true);
    }

    /** A days-spent cell of an area none of whose activities has its days recorded. */
    static final String NOT_RECORDED = "ej redovisat";

    /** The economic table: a row per post and the sum row, figures in the columns of {@link #economyHeader}, comments last. */
    public static Table economyTable(Report report) {
        List<String> header = new ArrayList<>(economyHeader(report));
        header.add(COMMENT);
        // the name, then figures, then the comment
        List<Boolean> figures = new ArrayList<>();
        for (int column = 0; column < header.size(); column++) {
            figures.add(column > 0 && column < header.size() - 1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<List<TextBlock>> comments = new ArrayList<>();
        for (Report.Post post : report.economy().posts()) {
            List<String> row = new ArrayList<>(List.of(post.name()));
            row.addAll(postFigures(report, post));
            row.add("");
            rows.add(row);
            comments.add(post.comment() == null ? List.of() : post.comment());
        }
        List<String> sum = new ArrayList<>(List.of(SUM_ROW));
        sum.addAll(sumFigures(report));
        sum.add("");
        rows.add(sum);
        comments.add(economySummary(report).stream().map(TextBlock::paragraph).toList());
        return new Table(header, figures, rows, true, header.size() - 1, comments);
    }

    /** A chart's figures as a table, one row per group: for readers who do not see the chart, and in every format. */
    public static Table figuresTable(BarChart chart, String groupHeader) {
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

    /** Co-financing or outside funds: source, amount, what it covers, and the total. */
    public static Table fundsTable(List<Report.Funds> funds, BigDecimal total) {
        List<List<String>> rows = new ArrayList<>();
        funds.forEach(f -> rows.add(List.of(f.source(), SwedishFormat.money(f.amount()),
                f.description() == null ? "" : f.description())));
        rows.add(List.of("Summa", SwedishFormat.money(total), ""));
        return new Table(List.of("Källa", "Belopp, kr", "Avser"), List.of(false, true, false), rows, true);
    }

    /** Last year's columns are shown when at least one post existed (by name) the year before. */
    public static boolean showsPreviousYear(Report report) {
        return report.economy().posts().stream().anyMatch(p -> p.previousBudget() != null);
    }

    /** The economic table's header without its last column (the comment). */
    public static List<String> economyHeader(Report report) {
        List<String> header = new ArrayList<>(List.of(Integer.toString(report.year()), "Budget, kr", "Utfall, kr",
                "Differens, kr"));
        if (showsPreviousYear(report)) {
            int previous = report.year() - 1;
            header.add("Budget " + previous + ", kr");
            header.add("Utfall " + previous + ", kr");
        }
        return header;
    }

    /** A post's figures in the columns of {@link #economyHeader}, after its name. */
    public static List<String> postFigures(Report report, Report.Post post) {
        List<String> figures = new ArrayList<>(List.of(SwedishFormat.money(post.budget()),
                SwedishFormat.money(post.outcome()), SwedishFormat.money(post.difference())));
        if (showsPreviousYear(report)) {
            figures.add(post.previousBudget() == null ? NOT_LAST_YEAR : SwedishFormat.money(post.previousBudget()));
            figures.add(post.previousBudget() == null ? NOT_LAST_YEAR : SwedishFormat.money(post.previousOutcome()));
        }
        return figures;
    }

    public static List<String> sumFigures(Report report) {
        Report.Economy economy = report.economy();
        List<String> figures = new ArrayList<>(List.of(SwedishFormat.money(economy.totalBudget()),
                SwedishFormat.money(economy.totalOutcome()), SwedishFormat.money(economy.totalDifference())));
        if (showsPreviousYear(report)) {
            figures.add(economy.previousTotalBudget() == null ? "" : SwedishFormat.money(economy.previousTotalBudget()));
            figures.add(economy.previousTotalOutcome() == null ? "" : SwedishFormat.money(economy.previousTotalOutcome()));
        }
        return figures;
    }

    public static String appendix2Heading(Report report) {
        return "Bilaga 2: Uppföljning av RUS treårs mål " + goalPeriod(report);
    }

    /** Said in Bilaga 2 when the period has no goals, so an empty appendix is not mistaken for a fault in the report. */
    public static Optional<String> noGoals(Report report) {
        return report.goals().isEmpty()
                ? Optional.of("Inga treårsmål är registrerade för perioden " + goalPeriod(report) + ".")
                : Optional.empty();
    }

    public static String goalPeriod(Report report) {
        return report.goals().stream().findFirst()
                .map(g -> g.periodStart() + "-" + g.periodEnd())
                .orElseGet(() -> report.plan() != null && report.plan().periodStart() != null
                        ? report.plan().periodStart() + "-" + report.plan().periodEnd() : Integer.toString(report.year()));
    }

    public static final List<String> VALUATION_SCALE = List.of(
            "1 = Målet bedöms i hög grad vara uppnått.",
            "2 = Målet bedöms i tillräcklig grad vara uppnått.",
            "3 = Målet bedöms i mindre grad vara uppnått.");

    public static String valuationText(Integer valuation) {
        if (valuation == null) {
            return "ej värderat";
        }
        return switch (valuation) {
            case 1 -> "i hög grad uppnått";
            case 2 -> "i tillräcklig grad uppnått";
            case 3 -> "i mindre grad uppnått";
            default -> "värdering " + valuation;
        };
    }

    public static final String NOT_VALUED_YET = "Ej värderat ännu";

    /**
     * "Uppföljning: 1 (i hög grad uppnått)."; a valuation of an earlier year of the period says which, and one made
     * before the period's last year says that it is interim, the final valuation being made in the last year.
     */
    public static String valuationLine(Report report, Report.Goal goal) {
        if (goal.valuation() == null) {
            return "Uppföljning: " + NOT_VALUED_YET + ".";
        }
        boolean interim = goal.valuedYear() != null && goal.valuedYear() < goal.periodEnd();
        String which = interim
                ? "; preliminär värdering för " + goal.valuedYear() + ", slutvärdering " + goal.periodEnd()
                : goal.valuedYear() != null && goal.valuedYear() != report.year() ? ", värdering för " + goal.valuedYear() : "";
        return "Uppföljning: " + goal.valuation() + " (" + valuationText(goal.valuation()) + which + ").";
    }

    /** A goal's follow-up in one line: its valuation, the working group's text and the comparison. */
    public static String goalFollowUp(Report report, Report.Goal goal) {
        return Stream.of(valuationLine(report, goal), Blocks.inline(goal.followUp()), comparison(goal))
                .filter(part -> !isBlank(part)).collect(Collectors.joining(" "));
    }

    /** The comparison with the previous period, "samma värdering" where it is equal; also before a valuation. */
    public static String comparison(Report.Goal goal) {
        if (followUpComparesAlready(goal)) {
            return "";
        }
        if (Boolean.FALSE.equals(goal.previousGoalExisted())) {
            return "(Detta mål fanns inte för perioden " + previousPeriod(goal) + ".)";
        }
        if (goal.previousValuation() == null) {
            return "";
        }
        if (goal.previousValuation().equals(goal.valuation())) {
            return "(För motsvarande mål " + previousPeriod(goal) + " samma värdering.)";
        }
        return "(För motsvarande mål " + previousPeriod(goal) + " var värderingen " + goal.previousValuation() + ", "
                + valuationText(goal.previousValuation()) + ".)";
    }

    /** The period before the goal's, named by its years: "2019–2021" before 2022–2024. */
    static String previousPeriod(Report.Goal goal) {
        int length = goal.periodEnd() - goal.periodStart() + 1;
        return (goal.periodStart() - length) + "–" + (goal.periodStart() - 1);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Producers may give a whole sentence as a description; it is then shown as written. */
    private static boolean isSentence(String text) {
        return !isBlank(text) && text.trim().endsWith(".");
    }

    /** Follow-up texts written from the 2024 report already end with the comparison; it is not said twice. */
    private static boolean followUpComparesAlready(Report.Goal goal) {
        String followUp = Blocks.inline(goal.followUp()).toLowerCase(Locale.ROOT);
        return followUp.contains("motsvarande mål") || followUp.contains("mål fanns inte");
    }

    /** The sentences in the sum row: the result and where the money came from. */
    public static List<String> economySummary(Report report) {
        Report.Economy economy = report.economy();
        List<String> lines = new ArrayList<>();
        // a year with no post has no result to state: "I balans" under "Ingen budget är registrerad" misleads
        if (!economy.posts().isEmpty()) {
            lines.add(economy.result().text() + ".");
        }
        if (economy.appropriation() != null) {
            boolean keyFunds = economy.keyDistributed() != null && economy.keyDistributed().signum() > 0;
            // every amount exactly, so each figure of the report is found in its text
            String keyFundsShare = keyFunds
                    ? " och " + SwedishFormat.money(economy.keyDistributed()) + " kr till alla län via nyckel" : "";
            lines.add("(" + SwedishFormat.money(economy.appropriation()) + " kr regionala miljömålsmedel " + report.year()
                    + " via " + economy.appropriationName() + ". Av dessa budgeterades "
                    + SwedishFormat.money(economy.totalBudget()) + " kr till RUS" + keyFundsShare + "."
                    + (keyFunds ? " Egen redovisning finns för nyckelmedlen liksom samlad redovisning." : "") + ")");
        }
        return lines;
    }

    /** The result after co-financing and who covers a deficit that remains; nothing without co-financing. */
    public static List<String> resultAfterCoFinancing(Report report) {
        Report.Economy economy = report.economy();
        List<String> lines = new ArrayList<>();
        if (!economy.coFinancing().isEmpty()) {
            lines.add("Resultat efter medfinansiering: " + economy.resultAfterCoFinancing().text() + ".");
        }
        if (economy.resultAfterCoFinancing().inDeficit()) {
            for (Report.Coverer coverer : economy.deficitCoverage()) {
                lines.add(isSentence(coverer.description()) ? coverer.description()
                        : "Underskottet täcks av " + coverer.coveredBy()
                        + (isBlank(coverer.description()) ? "" : ": " + coverer.description()) + ".");
            }
        }
        return lines;
    }
}
