package se.rus.reporting.live;

import se.rus.reporting.assembly.AssembledReport;
import se.rus.reporting.model.Check;
import se.rus.reporting.model.EconomicResult;
import se.rus.reporting.model.Report;
import se.rus.reporting.model.SwedishFormat;
import se.rus.reporting.rendering.Wording;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What is missing or inconsistent in a report before it is approved. */
public final class ReportChecks {

    /** "tidsattes denna till 247 arbetsdagar", "381 dagar", "12,5 dagar". */
    private static final Pattern DAYS_IN_NOTE = Pattern.compile("(\\d[\\d \\u00A0]*(?:[,.]\\d+)?)\\s*(?:arbets)?dagar");

    private ReportChecks() {
    }

    public static List<Check> of(AssembledReport assembled) {
        Report report = assembled.report();
        List<Check> checks = new ArrayList<>();
        if (report.plan() == null) {
            checks.add(Check.error("NO_PLAN", Integer.toString(report.year()), "Ingen verksamhetsplan är känd för året"));
        }
        if (report.title() == null || report.title().isBlank()) {
            checks.add(Check.error("MISSING_TITLE", Integer.toString(report.year()),
                    "Rapportutkastet saknar titel (PUT /api/v1/reports/{year}/draft)"));
        }
        for (Report.Area area : report.areas()) {
            for (Report.Activity activity : area.activities()) {
                if (activity.status() == null) {
                    checks.add(Check.error("ACTIVITY_WITHOUT_OUTCOME", activity.title(),
                            "Aktiviteten i " + area.name() + " saknar registrerat utfall"));
                }
            }
            area.activities().stream().filter(activity -> activity.summaryDevelopmentEffort() != null).forEach(activity ->
                    checks.add(Check.warning("FLAG_WORDING_DIFFERS", activity.title(), "Sammanfattningen anger "
                            + wording(activity.summaryDevelopmentEffort()) + " men Bilaga 1 "
                            + wording(activity.developmentEffort()) + "; båda visas, rätta den som är fel")));
            daysInNote(area.resourceNote())
                    .filter(stated -> stated.compareTo(area.plannedDays()) != 0)
                    .ifPresent(stated -> checks.add(Check.error("PLANNED_DAYS_MISMATCH", area.name(),
                            "Resursnoteringen anger " + SwedishFormat.days(stated) + " dagar men aktiviteterna summerar till "
                                    + SwedishFormat.days(area.plannedDays()) + " dagar")));
        }
        for (Report.Goal goal : report.goals()) {
            boolean finalValuation = goal.valuation() != null && Integer.valueOf(goal.periodEnd()).equals(goal.valuedYear());
            if (goal.finalYear() && !finalValuation) {
                checks.add(Check.error("GOAL_WITHOUT_VALUATION", goal.text(), "Målet i " + goal.area()
                        + " saknar slutvärdering för " + goal.periodEnd() + ", periodens sista år"));
            } else if (!goal.finalYear() && goal.valuation() == null) {
                checks.add(Check.warning("GOAL_NOT_VALUED_YET", goal.text(), "Målet i " + goal.area()
                        + " är ännu inte värderat under perioden " + goal.periodStart() + "–" + goal.periodEnd()));
            }
        }
        if (report.goals().isEmpty() && report.plan() != null && report.plan().periodStart() != null) {
            checks.add(Check.warning("NO_GOALS_FOR_PERIOD", Wording.goalPeriod(report),
                    "Inga treårsmål är kända för perioden " + Wording.goalPeriod(report) + "; Bilaga 2 blir tom"));
        }
        for (Report.Post post : report.economy().posts()) {
            if (post.outcome().compareTo(post.budget()) > 0 && post.comment().isEmpty()) {
                checks.add(Check.error("POST_DEFICIT_WITHOUT_COMMENT", post.name(),
                        "Utfallet överstiger budget med " + SwedishFormat.money(post.outcome().subtract(post.budget()))
                                + " kr men posten saknar kommentar"));
            }
        }
        EconomicResult remaining = report.economy().resultAfterCoFinancing();
        if (remaining.inDeficit() && report.economy().deficitCoverage().isEmpty()) {
            checks.add(Check.warning("DEFICIT_NOT_COVERED", Integer.toString(report.year()),
                    "Underskottet " + SwedishFormat.money(remaining.amount()) + " kr saknar uppgift om vem som täcker det"));
        }
        checks.addAll(assembled.looseEnds());
        return List.copyOf(checks);
    }

    private static String wording(Report.DevelopmentEffort effort) {
        return Wording.effortWording(effort).map(w -> "\"" + w + "\"").orElse("ingen utvecklingsinsats");
    }

    public static boolean hasErrors(List<Check> checks) {
        return checks.stream().anyMatch(c -> c.severity() == Check.Severity.ERROR);
    }

    static Optional<BigDecimal> daysInNote(String note) {
        if (note == null) {
            return Optional.empty();
        }
        Matcher matcher = DAYS_IN_NOTE.matcher(note);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(matcher.group(1).replaceAll("[ \\u00A0]", "").replace(',', '.')));
    }
}
