package se.rus.reporting.report.rendering;

import se.rus.platform.text.TextBlock;
import se.rus.reporting.report.Report;
import se.rus.reporting.report.SwedishFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Swedish phrases of the 2024 report, shared by every rendering so they never drift apart. */
public final class Wording {

    public static final String MAIN_ACTIVITIES = "Huvudsaklig verksamhet under året redovisad i årsredovisningen";
    public static final String HIGHLIGHTS = "Exempel på prestationer:";
    public static final String ECONOMY = "Ekonomisk redovisning";
    public static final String APPENDIX_1 = "Bilaga 1: Redovisning av vad som utförts inom samtliga aktiviteter i verksamhetsplanen";
    public static final String RESOURCES = "Resursåtgång";
    public static final String ACTIVITY_FOLLOW_UP = "Uppföljning av aktiviteter";
    public static final String SUM_ROW = "Summa RUS";

    private Wording() {
    }

    public static String title(Report report) {
        return report.title() == null || report.title().isBlank()
                ? "RUS verksamhetsberättelse " + report.year() : report.title();
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
    public static List<String> flags(Report.Activity activity) {
        List<String> flags = new ArrayList<>();
        if (activity.developmentEffort() == Report.DevelopmentEffort.FULL) {
            flags.add("Särskild utvecklingsinsats");
        } else if (activity.developmentEffort() == Report.DevelopmentEffort.PARTIAL) {
            flags.add("Delvis särskild utvecklingsinsats");
        }
        if (activity.prioritised()) {
            flags.add("PRIORITERAT");
        }
        return flags;
    }

    /** A summary list item: "Miljöövervakning, PRIORITERAT". */
    public static String listItem(Report.Activity activity) {
        List<String> flags = flags(activity);
        return flags.isEmpty() ? activity.title() : activity.title() + ", " + String.join(", ", flags);
    }

    /** An appendix heading: "Miljöövervakning PRIORITERAT". */
    public static String appendixHeading(Report.Activity activity) {
        List<String> flags = flags(activity);
        return flags.isEmpty() ? activity.title() : activity.title() + " " + String.join(", ", flags);
    }

    public static String plannedDaysLine(Report.Activity activity) {
        return "RUS arbetsgrupps tid i VP: " + SwedishFormat.days(activity.plannedDays()) + " dagar";
    }

    public static String extraDaysLine(Report.Activity activity) {
        if (activity.extraDays() == null) {
            return null;
        }
        String note = activity.extraEffortNote() == null ? "" : " (" + activity.extraEffortNote() + ")";
        return "Därtill extra tid: " + SwedishFormat.days(activity.extraDays()) + " dagar" + note;
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

    public static String areaDaysLine(Report.Area area) {
        return "RUS arbetsgrupps tid i VP för området: " + SwedishFormat.days(area.plannedDays()) + " dagar";
    }

    public static String appendix2Heading(Report report) {
        return "Bilaga 2: Uppföljning av RUS treårs mål " + goalPeriod(report);
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

    /** "Uppföljning: 1 (i hög grad uppnått)." */
    public static String valuationLine(Report.Goal goal) {
        if (goal.valuation() == null) {
            return "Uppföljning: värdering saknas.";
        }
        return "Uppföljning: " + goal.valuation() + " (" + valuationText(goal.valuation()) + ").";
    }

    /** The comparison with the previous period, "samma värdering" where it is equal. */
    public static String comparison(Report.Goal goal) {
        if (goal.valuation() == null || followUpComparesAlready(goal)) {
            return "";
        }
        if (Boolean.FALSE.equals(goal.previousGoalExisted())) {
            return "(Detta mål fanns inte för föregående period.)";
        }
        if (goal.previousValuation() == null) {
            return "";
        }
        if (goal.previousValuation().equals(goal.valuation())) {
            return "(För motsvarande mål föregående period samma värdering.)";
        }
        return "(För motsvarande mål föregående period var värderingen " + goal.previousValuation() + ", "
                + valuationText(goal.previousValuation()) + ".)";
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

    /** The sentences under the sum row: deficit, co-financing, who covers the rest, notes. */
    public static List<String> economySummary(Report report) {
        Report.Economy economy = report.economy();
        List<String> lines = new ArrayList<>();
        if (economy.deficit().signum() > 0) {
            lines.add("Underskott " + SwedishFormat.money(economy.deficit()) + " kr.");
        } else {
            lines.add("Inget underskott.");
        }
        for (Report.Funds funds : economy.coFinancing()) {
            lines.add(isSentence(funds.description()) ? funds.description()
                    : funds.source() + " finansierar " + SwedishFormat.money(funds.amount()) + " kr"
                    + (isBlank(funds.description()) ? "" : " (" + funds.description() + ")") + ".");
        }
        if (!economy.coFinancing().isEmpty() && economy.deficit().signum() > 0) {
            lines.add("Minskar underskottet till " + SwedishFormat.money(economy.deficitAfterCoFinancing()) + " kr.");
        }
        for (Report.Coverer coverer : economy.deficitCoverage()) {
            lines.add(isSentence(coverer.description()) ? coverer.description()
                    : "Underskottet täcks av " + coverer.coveredBy()
                    + (isBlank(coverer.description()) ? "" : ": " + coverer.description()) + ".");
        }
        for (Report.Funds funds : economy.outsideFunds()) {
            // a post comment that already tells about these funds (as 2024's salaries post does) is enough
            boolean toldInAComment = economy.posts().stream()
                    .anyMatch(post -> Blocks.inline(post.comment()).contains(funds.source()));
            if (!toldInAComment) {
                lines.add("(" + (isSentence(funds.description()) ? funds.description()
                        : SwedishFormat.money(funds.amount()) + " kr har därtill erhållits av " + funds.source()
                        + (isBlank(funds.description()) ? "" : " för " + funds.description())
                        + ". Denna summa hålls utanför denna redovisning.") + ")");
            }
        }
        if (economy.appropriation() != null) {
            lines.add("(" + SwedishFormat.money(economy.appropriation()) + " kr regionala miljömålsmedel "
                    + report.year() + " via " + economy.appropriationName()
                    + (economy.keyDistributed() == null ? "" : ", varav " + SwedishFormat.money(economy.keyDistributed())
                    + " kr till alla län via nyckel") + ".)");
        }
        return lines;
    }
}
