package se.rus.reporting.report;

import se.rus.platform.text.TextBlock;
import se.rus.reporting.projection.ProjectedActivity;
import se.rus.reporting.projection.ProjectedArea;
import se.rus.reporting.projection.ProjectedAreaNote;
import se.rus.reporting.projection.ProjectedBudgetPost;
import se.rus.reporting.projection.ProjectedGoal;
import se.rus.reporting.projection.ProjectedLedgerEntry;
import se.rus.reporting.projection.ProjectedOutcome;
import se.rus.reporting.projection.ProjectedPlan;
import se.rus.reporting.projection.ProjectedValuation;
import se.rus.reporting.projection.TextBlocks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Joins the projections of a year into the report. Events arrive in any order across topics, so
 * every join tolerates a missing side: an activity whose area was not announced yet gets an area
 * by its name, an outcome without its activity is kept aside as a loose end, and so on.
 */
public final class ReportAssembler {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private ReportAssembler() {
    }

    public static AssembledReport assemble(int year, ProjectionSnapshot s, Editorial editorial) {
        List<Check> looseEnds = new ArrayList<>();
        List<Report.Area> areas = areas(s, looseEnds);
        Report.Economy economy = economy(s, looseEnds);
        List<Report.Goal> goals = goals(s, areas, looseEnds);
        Report report = new Report(year, ReportStatus.DRAFT, null, null, editorial.title(), editorial.approvalLine(),
                editorial.introduction(), editorial.mainActivities(), editorial.highlights(),
                editorial.closingAssessment(), plan(s.plans()), areas, economy, goals);
        return new AssembledReport(report, List.copyOf(looseEnds));
    }

    private static Report.Plan plan(List<ProjectedPlan> plans) {
        return plans.stream()
                .min(Comparator.comparing((ProjectedPlan p) -> !"ADOPTED".equals(p.status)).thenComparing(p -> p.id))
                .map(p -> new Report.Plan(p.title, p.vision, p.periodStart, p.periodEnd, p.status))
                .orElse(null);
    }

    /** Areas in plan order; areas only known from their activities' areaName come last. */
    private static List<Report.Area> areas(ProjectionSnapshot s, List<Check> looseEnds) {
        Map<String, AreaDraft> byKey = new LinkedHashMap<>();
        s.areas().stream()
                .sorted(Comparator.comparingInt((ProjectedArea a) -> a.position).thenComparing(a -> a.name))
                .forEach(a -> byKey.put(a.id.toString(), new AreaDraft(a.id, a.name, a.resourceNote)));
        Map<String, AreaDraft> byName = new LinkedHashMap<>();
        byKey.values().forEach(a -> byName.putIfAbsent(a.name, a));

        Map<UUID, ProjectedOutcome> outcomes = s.outcomes().stream()
                .collect(Collectors.toMap(o -> o.activityId, Function.identity()));
        List<ProjectedActivity> activities = s.activities().stream()
                .sorted(Comparator.comparingInt((ProjectedActivity a) -> a.position).thenComparing(a -> a.title))
                .toList();
        for (ProjectedActivity activity : activities) {
            AreaDraft area = activity.areaId == null ? null : byKey.get(activity.areaId.toString());
            if (area == null) {
                area = byName.get(activity.areaName);
            }
            if (area == null) {
                String name = activity.areaName == null ? "Okänt område" : activity.areaName;
                area = new AreaDraft(activity.areaId, name, null);
                byKey.put("name:" + name, area);
                byName.put(name, area);
                looseEnds.add(Check.warning("AREA_NOT_ANNOUNCED", name,
                        "Området är bara känt från sina aktiviteter; händelsen om området saknas"));
            }
            area.activities.add(activity(activity, outcomes.get(activity.id)));
        }

        Set<UUID> activityIds = activities.stream().map(a -> a.id).collect(Collectors.toSet());
        s.outcomes().stream().filter(o -> !activityIds.contains(o.activityId)).forEach(o ->
                looseEnds.add(Check.warning("OUTCOME_WITHOUT_ACTIVITY", o.activityId.toString(),
                        "Utfall finns för en aktivitet som inte (längre) finns i planen")));

        for (ProjectedAreaNote note : s.areaNotes()) {
            AreaDraft area = byKey.get(note.areaId.toString());
            if (area == null) {
                area = byName.get(note.areaName);
            }
            if (area == null) {
                looseEnds.add(Check.warning("NOTE_WITHOUT_AREA", String.valueOf(note.areaName),
                        "Uppföljningstext finns för ett område som inte finns i planen"));
            } else {
                area.followUpNote = TextBlocks.read(note.note);
            }
        }
        return byKey.values().stream().map(AreaDraft::toArea).toList();
    }

    private static Report.Activity activity(ProjectedActivity a, ProjectedOutcome outcome) {
        return new Report.Activity(a.id, a.title, days(a.plannedDays), days(a.extraDays), a.extraEffortNote,
                outcome == null ? null : Report.ActivityStatus.valueOf(outcome.status),
                a.prioritised, Report.DevelopmentEffort.valueOf(a.developmentEffort),
                TextBlocks.read(a.description),
                outcome == null ? List.of() : TextBlocks.read(outcome.narrative),
                outcome == null ? null : days(outcome.daysSpent),
                TextBlocks.readStrings(a.responsible));
    }

    private static Report.Economy economy(ProjectionSnapshot s, List<Check> looseEnds) {
        List<ProjectedBudgetPost> posts = s.posts().stream()
                .sorted(Comparator.comparingInt((ProjectedBudgetPost p) -> p.position).thenComparing(p -> p.name))
                .toList();
        Set<UUID> postIds = posts.stream().map(p -> p.id).collect(Collectors.toSet());
        Map<String, ProjectedBudgetPost> postsByName = new LinkedHashMap<>();
        posts.forEach(p -> postsByName.putIfAbsent(p.name, p));

        Map<UUID, BigDecimal> outcomeByPost = new LinkedHashMap<>();
        for (ProjectedLedgerEntry entry : s.entries()) {
            UUID postId = entry.postId != null && postIds.contains(entry.postId) ? entry.postId
                    : postsByName.containsKey(entry.postName) ? postsByName.get(entry.postName).id : null;
            if (postId == null) {
                looseEnds.add(Check.warning("LEDGER_ENTRY_WITHOUT_POST", String.valueOf(entry.postName),
                        "Verifikation på " + SwedishFormat.money(entry.amount) + " kr hör till en budgetpost som inte är känd"));
            } else {
                outcomeByPost.merge(postId, entry.amount, BigDecimal::add);
            }
        }
        List<Report.Post> reportPosts = posts.stream()
                .map(p -> new Report.Post(p.id, p.name, money(p.budget), money(outcomeByPost.getOrDefault(p.id, ZERO)),
                        TextBlocks.read(p.comment)))
                .toList();
        BigDecimal totalBudget = money(reportPosts.stream().map(Report.Post::budget).reduce(ZERO, BigDecimal::add));
        BigDecimal totalOutcome = money(reportPosts.stream().map(Report.Post::outcome).reduce(ZERO, BigDecimal::add));
        BigDecimal deficit = totalOutcome.subtract(totalBudget).max(ZERO);
        List<Report.Funds> coFinancing = s.coFinancing().stream()
                .map(f -> new Report.Funds(f.source, money(f.amount), f.description))
                .sorted(Comparator.comparing(Report.Funds::source).thenComparing(Report.Funds::amount))
                .toList();
        BigDecimal coFinanced = coFinancing.stream().map(Report.Funds::amount).reduce(ZERO, BigDecimal::add);
        List<Report.Funds> outsideFunds = s.outsideFunds().stream()
                .map(f -> new Report.Funds(f.source, money(f.amount), f.description))
                .sorted(Comparator.comparing(Report.Funds::source).thenComparing(Report.Funds::amount))
                .toList();
        List<Report.Coverer> coverage = s.deficitCoverage().stream()
                .map(c -> new Report.Coverer(c.position(), c.coveredBy(), c.description()))
                .toList();
        var year = s.financialYear();
        return new Report.Economy(year == null ? null : year.appropriationName,
                year == null ? null : money(year.appropriation), year == null ? null : money(year.keyDistributed),
                reportPosts, totalBudget, totalOutcome, deficit, coFinancing,
                money(deficit.subtract(coFinanced).max(ZERO)), outsideFunds, coverage);
    }

    /** Goals in the order of their areas in the plan, then by position within the area. */
    private static List<Report.Goal> goals(ProjectionSnapshot s, List<Report.Area> areas, List<Check> looseEnds) {
        List<String> areaOrder = areas.stream().map(Report.Area::name).toList();
        Map<UUID, ProjectedValuation> valuations = s.valuations().stream()
                .collect(Collectors.toMap(v -> v.goalId, Function.identity()));
        Set<UUID> goalIds = new HashSet<>();
        List<Report.Goal> goals = s.goals().stream()
                .sorted(Comparator.comparingInt((ProjectedGoal g) -> orderOf(areaOrder, g.areaName))
                        .thenComparing(g -> g.areaName).thenComparingInt(g -> g.position).thenComparing(g -> g.text))
                .map(g -> {
                    goalIds.add(g.id);
                    ProjectedValuation v = valuations.get(g.id);
                    return new Report.Goal(g.id, g.areaName, g.text, g.periodStart, g.periodEnd,
                            v == null ? null : v.valuation, v == null ? null : v.previousValuation,
                            v == null ? null : v.previousGoalExisted,
                            v == null ? List.<TextBlock>of() : TextBlocks.read(v.followUp));
                })
                .toList();
        s.valuations().stream().filter(v -> !goalIds.contains(v.goalId)).forEach(v ->
                looseEnds.add(Check.warning("VALUATION_WITHOUT_GOAL", v.goalId.toString(),
                        "Värdering finns för ett mål som inte finns i planen")));
        return goals;
    }

    private static int orderOf(List<String> areaOrder, String name) {
        int index = areaOrder.indexOf(name);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /** Days are stored as numeric(9,2) but shown as the number they are: 119, not 119.00. */
    static BigDecimal days(BigDecimal days) {
        if (days == null) {
            return null;
        }
        BigDecimal stripped = days.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static final class AreaDraft {
        final UUID id;
        final String name;
        final String resourceNote;
        final List<Report.Activity> activities = new ArrayList<>();
        List<TextBlock> followUpNote = List.of();

        AreaDraft(UUID id, String name, String resourceNote) {
            this.id = id;
            this.name = name;
            this.resourceNote = resourceNote;
        }

        Report.Area toArea() {
            BigDecimal planned = activities.stream().map(Report.Activity::plannedDays).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Report.Area(id, name, days(planned), resourceNote, followUpNote, List.copyOf(activities));
        }
    }
}
