package se.rus.reporting.assembly;

import se.rus.platform.days.Days;
import se.rus.platform.text.TextBlock;
import se.rus.reporting.model.Check;
import se.rus.reporting.model.EconomicResult;
import se.rus.reporting.model.Editorial;
import se.rus.reporting.model.Report;
import se.rus.reporting.model.ReportStatus;
import se.rus.reporting.model.SwedishFormat;
import se.rus.reporting.projection.AreaDays;
import se.rus.reporting.projection.LedgerTotal;
import se.rus.reporting.projection.ProjectedActivity;
import se.rus.reporting.projection.ProjectedArea;
import se.rus.reporting.projection.ProjectedAreaNote;
import se.rus.reporting.projection.ProjectedGoal;
import se.rus.reporting.projection.ProjectedLedgerEntry;
import se.rus.reporting.projection.ProjectedOutcome;
import se.rus.reporting.projection.ProjectedPlan;
import se.rus.reporting.projection.ProjectedValuation;

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
        ProjectionSnapshot.ComparisonYear previous = s.previousYear();
        // last year's loose ends are last year's report's business: only its figures are read
        List<AreaDraft> previousAreas = previous == null ? null : previousAreas(previous);
        List<Report.Post> previousPosts = previous == null ? null
                : posts(PostReferences.of(previous.posts()), previous.ledger(), Map.of());
        Map<String, BigDecimal> previousDays = previousAreas == null ? Map.of() : previousAreas.stream()
                .collect(Collectors.toMap(a -> a.name, a -> Days.normalise(a.plannedDays), (a, b) -> a));
        Map<String, Report.Post> previousPostsByName = previousPosts == null ? Map.of() : previousPosts.stream()
                .collect(Collectors.toMap(Report.Post::name, Function.identity(), (a, b) -> a));
        List<Report.Area> areas = areas(s, previousDays, looseEnds);
        PostReferences postReferences = PostReferences.of(s.posts());
        Report.Economy economy = economy(s, posts(postReferences, s.ledger(), previousPostsByName), previousPosts);
        unpostedEntries(s, postReferences, looseEnds);
        List<Report.Goal> goals = goals(year, s, areas, looseEnds);
        Report report = new Report(year, ReportStatus.DRAFT, null, null, editorial.title(),
                editorial.coverLinesOrDefault(), editorial.closingLinesOrDefault(), null,
                editorial.introduction(), editorial.mainActivities(), editorial.highlights(),
                editorial.closingAssessment(), editorial.goalsNote(), plan(s.plans()), areas, totalDays(areas),
                previousAreas == null || previousAreas.isEmpty() ? null
                        : Days.normalise(previousAreas.stream().map(a -> a.plannedDays).reduce(BigDecimal.ZERO, BigDecimal::add)),
                economy, goals);
        return new AssembledReport(report, List.copyOf(looseEnds));
    }

    private static BigDecimal totalDays(List<Report.Area> areas) {
        return Days.normalise(areas.stream().map(Report.Area::plannedDays).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static Report.Plan plan(List<ProjectedPlan> plans) {
        return plans.stream()
                .min(Comparator.comparing((ProjectedPlan p) -> !"ADOPTED".equals(p.status)).thenComparing(p -> p.id))
                .map(p -> new Report.Plan(p.title, p.vision, p.periodStart, p.periodEnd, p.status))
                .orElse(null);
    }

    /** Areas in plan order; areas only known from their activities' areaName come last. */
    private static List<Report.Area> areas(ProjectionSnapshot s, Map<String, BigDecimal> previousDays,
                                           List<Check> looseEnds) {
        AreaIndex index = new AreaIndex(s.areas());
        Map<UUID, ProjectedOutcome> outcomes = s.outcomes().stream()
                .collect(Collectors.toMap(o -> o.activityId, Function.identity()));
        List<ProjectedActivity> activities = s.activities().stream()
                .sorted(Comparator.comparingInt((ProjectedActivity a) -> a.position).thenComparing(a -> a.title))
                .toList();
        for (ProjectedActivity activity : activities) {
            AreaDraft area = index.of(activity.areaId, activity.areaName, looseEnds);
            area.activities.add(activity(activity, outcomes.get(activity.id)));
            area.add(activity.plannedDays);
        }

        Set<UUID> activityIds = activities.stream().map(a -> a.id).collect(Collectors.toSet());
        s.outcomes().stream().filter(o -> !activityIds.contains(o.activityId)).forEach(o ->
                looseEnds.add(Check.warning("OUTCOME_WITHOUT_ACTIVITY", o.activityId.toString(),
                        "Utfall finns för en aktivitet som inte (längre) finns i planen")));

        for (ProjectedAreaNote note : s.areaNotes()) {
            AreaDraft area = index.known(note.areaId, note.areaName);
            if (area == null) {
                looseEnds.add(Check.warning("NOTE_WITHOUT_AREA", String.valueOf(note.areaName),
                        "Uppföljningstext finns för ett område som inte finns i planen"));
            } else {
                area.followUpNote = note.note;
            }
        }
        return index.all().stream().map(area -> area.toArea(previousDays.get(area.name))).toList();
    }

    /** Year − 1's areas with their planned days, joined from its totals per area reference like its activities. */
    private static List<AreaDraft> previousAreas(ProjectionSnapshot.ComparisonYear previous) {
        AreaIndex index = new AreaIndex(previous.areas());
        for (AreaDays days : previous.plannedDays()) {
            index.of(days.areaId(), days.areaName(), new ArrayList<>()).add(days.plannedDays());
        }
        return index.all();
    }

    private static Report.Activity activity(ProjectedActivity a, ProjectedOutcome outcome) {
        return new Report.Activity(a.id, a.title, a.summaryTitle == null || a.summaryTitle.equals(a.title) ? null : a.summaryTitle,
                Days.normalise(a.plannedDays), Days.normalise(a.extraDays), a.extraEffortNote,
                outcome == null ? null : Report.ActivityStatus.valueOf(outcome.status),
                a.prioritised, Report.DevelopmentEffort.valueOf(a.developmentEffort),
                a.summaryDevelopmentEffort == null || a.summaryDevelopmentEffort.equals(a.developmentEffort) ? null
                        : Report.DevelopmentEffort.valueOf(a.summaryDevelopmentEffort),
                a.description,
                outcome == null ? List.of() : outcome.narrative,
                outcome == null ? null : Days.normalise(outcome.daysSpent),
                a.responsible, a.continuesActivityId);
    }

    /** Posts in budget order, each with its outcome (the sum of its ledger entries) and last year's figures. */
    private static List<Report.Post> posts(PostReferences references, List<LedgerTotal> ledger,
                                           Map<String, Report.Post> previousPosts) {
        Map<UUID, BigDecimal> outcomeByPost = new LinkedHashMap<>();
        for (LedgerTotal total : ledger) {
            UUID postId = references.postOf(total.postId(), total.postName());
            if (postId != null) {
                outcomeByPost.merge(postId, total.outcome(), BigDecimal::add);
            }
        }
        return references.inBudgetOrder().stream().map(p -> {
            BigDecimal budget = money(p.budget);
            BigDecimal outcome = money(outcomeByPost.getOrDefault(p.id, ZERO));
            Report.Post previous = previousPosts.get(p.name);
            return new Report.Post(p.id, p.name, budget, outcome, outcome.subtract(budget),
                    previous == null ? null : previous.budget(), previous == null ? null : previous.outcome(),
                    p.comment);
        }).toList();
    }

    /** One loose end per ledger entry whose post is not known (yet): its amount is in no post's outcome. */
    private static void unpostedEntries(ProjectionSnapshot s, PostReferences references, List<Check> looseEnds) {
        for (ProjectedLedgerEntry entry : s.unpostedEntries()) {
            if (references.postOf(entry.postId, entry.postName) == null) {
                looseEnds.add(Check.warning("LEDGER_ENTRY_WITHOUT_POST", String.valueOf(entry.postName),
                        "Verifikation på " + SwedishFormat.money(entry.amount) + " kr hör till en budgetpost som inte är känd"));
            }
        }
    }

    /**
     * Funds keep the order the snapshot holds them in: the order they were recorded. Last year's totals
     * cover all of last year's posts, also those this year no longer has.
     */
    private static Report.Economy economy(ProjectionSnapshot s, List<Report.Post> posts, List<Report.Post> previousPosts) {
        BigDecimal totalBudget = sum(posts.stream().map(Report.Post::budget).toList());
        BigDecimal totalOutcome = sum(posts.stream().map(Report.Post::outcome).toList());
        boolean previousYear = previousPosts != null && !previousPosts.isEmpty();
        BigDecimal totalDifference = totalOutcome.subtract(totalBudget);
        EconomicResult result = EconomicResult.ofDifference(totalDifference);
        List<Report.Funds> coFinancing = s.coFinancing().stream()
                .map(f -> new Report.Funds(f.source, money(f.amount), f.description))
                .toList();
        BigDecimal totalCoFinancing = sum(coFinancing.stream().map(Report.Funds::amount).toList());
        EconomicResult afterCoFinancing = EconomicResult.ofDifference(totalDifference.subtract(totalCoFinancing));
        List<Report.Funds> outsideFunds = s.outsideFunds().stream()
                .map(f -> new Report.Funds(f.source, money(f.amount), f.description))
                .toList();
        // who covers a deficit means nothing once co-financing has turned the year into a surplus
        List<Report.Coverer> coverage = !afterCoFinancing.inDeficit() ? List.of() : s.deficitCoverage().stream()
                .map(c -> new Report.Coverer(c.position(), c.coveredBy(), c.description()))
                .toList();
        var year = s.financialYear();
        return new Report.Economy(year == null ? null : year.appropriationName,
                year == null ? null : money(year.appropriation), year == null ? null : money(year.keyDistributed),
                posts, totalBudget, totalOutcome, totalDifference,
                previousYear ? sum(previousPosts.stream().map(Report.Post::budget).toList()) : null,
                previousYear ? sum(previousPosts.stream().map(Report.Post::outcome).toList()) : null,
                result, result.deficitOrZero(),
                coFinancing, totalCoFinancing, afterCoFinancing, afterCoFinancing.deficitOrZero(),
                outsideFunds, sum(outsideFunds.stream().map(Report.Funds::amount).toList()), coverage);
    }

    /**
     * Every goal of the period containing the year, in the order of their areas in the plan. A goal shows
     * its latest valuation made for a year up to the report year; the previous period's value is the
     * predecessor's final valuation when the goal names one that has it, else the historical value recorded.
     */
    private static List<Report.Goal> goals(int year, ProjectionSnapshot s, List<Report.Area> areas,
                                           List<Check> looseEnds) {
        List<String> areaOrder = areas.stream().map(Report.Area::name).toList();
        Map<UUID, List<ProjectedValuation>> byGoal = s.valuations().stream()
                .sorted(Comparator.comparingInt((ProjectedValuation v) -> v.year).reversed())
                .collect(Collectors.groupingBy(v -> v.goalId, LinkedHashMap::new, Collectors.toList()));
        List<Report.Goal> goals = s.goals().stream()
                .sorted(Comparator.comparingInt((ProjectedGoal g) -> orderOf(areaOrder, g.areaName))
                        .thenComparing(g -> g.areaName).thenComparingInt(g -> g.position).thenComparing(g -> g.text))
                .map(g -> goal(year, g, byGoal))
                .toList();
        Set<UUID> known = new HashSet<>();
        s.goals().forEach(g -> {
            known.add(g.id);
            if (g.predecessorId != null) {
                known.add(g.predecessorId);
            }
        });
        s.valuations().stream().filter(v -> !known.contains(v.goalId)).forEach(v ->
                looseEnds.add(Check.warning("VALUATION_WITHOUT_GOAL", v.goalId.toString(),
                        "Värdering finns för ett mål som inte finns i planen")));
        return goals;
    }

    /** {@code byGoal} holds each goal's valuation records, latest year first. */
    private static Report.Goal goal(int year, ProjectedGoal g, Map<UUID, List<ProjectedValuation>> byGoal) {
        List<ProjectedValuation> records = byGoal.getOrDefault(g.id, List.of()).stream()
                .filter(v -> v.year <= year).toList();
        ProjectedValuation latest = records.stream().filter(v -> v.valuation != null).findFirst()
                .orElse(records.isEmpty() ? null : records.get(0));
        Integer predecessorFinal = g.predecessorId == null ? null : byGoal.getOrDefault(g.predecessorId, List.of())
                .stream().filter(ProjectedValuation::isFinal).map(v -> v.valuation).filter(Objects::nonNull)
                .findFirst().orElse(null);
        Integer historical = records.stream().map(v -> v.previousValuation).filter(Objects::nonNull)
                .findFirst().orElse(null);
        Boolean existed = g.predecessorId != null ? Boolean.TRUE : latest == null ? null : latest.previousGoalExisted;
        boolean valued = latest != null && latest.valuation != null;
        return new Report.Goal(g.id, g.areaName, g.text, g.periodStart, g.periodEnd,
                valued ? latest.valuation : null, valued ? latest.year : null, year == g.periodEnd, g.predecessorId,
                predecessorFinal != null ? predecessorFinal : historical, existed,
                latest == null ? List.<TextBlock>of() : latest.followUp);
    }

    private static int orderOf(List<String> areaOrder, String name) {
        int index = areaOrder.indexOf(name);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return money(amounts.stream().reduce(ZERO, BigDecimal::add));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * The areas of a year in plan order, found by id, else by name; an area only named by its activities is
     * added after them (a loose end).
     */
    private static final class AreaIndex {
        private final Map<String, AreaDraft> byKey = new LinkedHashMap<>();
        private final Map<String, AreaDraft> byName = new LinkedHashMap<>();

        AreaIndex(List<ProjectedArea> areas) {
            areas.stream()
                    .sorted(Comparator.comparingInt((ProjectedArea a) -> a.position).thenComparing(a -> a.name))
                    .forEach(a -> byKey.put(a.id.toString(), new AreaDraft(a.id, a.name, a.resourceNote)));
            byKey.values().forEach(a -> byName.putIfAbsent(a.name, a));
        }

        AreaDraft known(UUID areaId, String areaName) {
            AreaDraft area = areaId == null ? null : byKey.get(areaId.toString());
            return area != null ? area : byName.get(areaName);
        }

        AreaDraft of(UUID areaId, String areaName, List<Check> looseEnds) {
            AreaDraft area = known(areaId, areaName);
            if (area == null) {
                String name = areaName == null ? "Okänt område" : areaName;
                area = new AreaDraft(areaId, name, null);
                byKey.put("name:" + name, area);
                byName.put(name, area);
                looseEnds.add(Check.warning("AREA_NOT_ANNOUNCED", name,
                        "Området är bara känt från sina aktiviteter; händelsen om området saknas"));
            }
            return area;
        }

        List<AreaDraft> all() {
            return List.copyOf(byKey.values());
        }
    }

    private static final class AreaDraft {
        final UUID id;
        final String name;
        final String resourceNote;
        final List<Report.Activity> activities = new ArrayList<>();
        List<TextBlock> followUpNote = List.of();
        BigDecimal plannedDays = BigDecimal.ZERO;

        AreaDraft(UUID id, String name, String resourceNote) {
            this.id = id;
            this.name = name;
            this.resourceNote = resourceNote;
        }

        void add(BigDecimal days) {
            if (days != null) {
                plannedDays = plannedDays.add(days);
            }
        }

        Report.Area toArea(BigDecimal previousPlannedDays) {
            return new Report.Area(id, name, Days.normalise(plannedDays), previousPlannedDays, resourceNote, followUpNote,
                    List.copyOf(activities));
        }
    }
}
