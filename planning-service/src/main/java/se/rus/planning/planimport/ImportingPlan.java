package se.rus.planning.planimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.planning.activity.Activity;
import se.rus.planning.activity.ActivityEvents;
import se.rus.planning.area.Area;
import se.rus.planning.area.AreaEvents;
import se.rus.planning.common.Reconciliation;
import se.rus.planning.goal.Goal;
import se.rus.planning.goal.GoalEvents;
import se.rus.planning.goal.Period;
import se.rus.planning.organisation.Member;
import se.rus.planning.organisation.MemberEvents;
import se.rus.planning.plan.ChangingPlan;
import se.rus.planning.plan.CreatingPlan;
import se.rus.planning.plan.NewPlan;
import se.rus.planning.plan.Plan;
import se.rus.planning.plan.PlanChanges;
import se.rus.planning.plan.PlanStatus;
import se.rus.planning.planimport.PlanDocument.ActivityDocument;
import se.rus.planning.planimport.PlanDocument.AreaDocument;
import se.rus.planning.planimport.PlanDocument.GoalDocument;
import se.rus.planning.planimport.PlanDocument.MemberDocument;
import se.rus.platform.events.EventPublisher;
import se.rus.platform.text.TextBlocks;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.ProblemException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Use case: load a whole plan year from one document, in one transaction. Only what differs from the stored
 * state is written, and only that publishes events, so importing the same document again is a no-op.
 */
@ApplicationScoped
public class ImportingPlan {

    @Inject
    EventPublisher events;

    @Inject
    CreatingPlan creatingPlan;

    @Inject
    ChangingPlan changingPlan;

    @Schema(name = "PlanImportResult", description = "Vad planen innehåller efter inläsningen och hur många händelser den publicerade")
    public record Result(int year, UUID planId, PlanStatus status, long version, int areas, int activities,
                         int goals, int members, int eventsPublished) {
    }

    private record Placed<D>(int position, D item) {
    }

    /** A goal as the document wants it, with its predecessor resolved to an id. */
    private record DesiredGoal(int position, GoalDocument document, UUID predecessorId) {
    }

    @Transactional
    public Result importPlan(int year, String ifMatch, PlanDocument document) {
        requireConsistent(year, document);
        int published = 0;
        Plan plan = Plan.findByYear(year).orElse(null);
        if (plan == null) {
            plan = creatingPlan.create(new NewPlan(year, document.title(), document.vision(),
                    document.periodStart(), document.periodEnd()));
            published++;
        } else {
            if (ifMatch != null && !ifMatch.isBlank()) {
                Preconditions.requireMatch(ifMatch, plan.version);
            }
            if (document.status() == PlanStatus.DRAFT && plan.status == PlanStatus.ADOPTED) {
                throw ProblemException.conflict("Planen för " + year + " är antagen och kan inte återgå till DRAFT");
            }
            if (changingPlan.apply(plan, new PlanChanges(document.title(), document.vision(),
                    document.periodStart(), document.periodEnd()))) {
                published++;
            }
        }
        if (document.areas() != null) {
            published += importAreas(plan, document.areas());
        }
        if (document.goals() != null) {
            published += importGoals(new Period(document.periodStart(), document.periodEnd()), document.goals());
        }
        if (document.organisation() != null) {
            published += importMembers(year, document.organisation());
        }
        if (document.status() == PlanStatus.ADOPTED && plan.status == PlanStatus.DRAFT) {
            changingPlan.adopt(plan);
            published++;
        }
        Plan.flush();
        List<Area> areas = Area.ofPlan(plan);
        int activities = areas.stream().mapToInt(area -> Activity.ofArea(area).size()).sum();
        return new Result(year, plan.id, plan.status, plan.version, areas.size(), activities,
                Goal.ofPeriod(new Period(document.periodStart(), document.periodEnd())).size(),
                Member.ofYear(year).size(), published);
    }

    /** Rules bean validation cannot express: the period holds the year, no natural key twice, well-formed text. */
    private static void requireConsistent(int year, PlanDocument document) {
        Plan.requirePeriodContains(year, document.periodStart(), document.periodEnd());
        List<AreaDocument> areas = document.areas() == null ? List.of() : document.areas();
        int area = Reconciliation.firstDuplicate(areas, AreaDocument::name);
        if (area >= 0) {
            throw ProblemException.invalid("areas[" + area + "].name", "förekommer mer än en gång i dokumentet");
        }
        for (int i = 0; i < areas.size(); i++) {
            List<ActivityDocument> activities = activitiesOf(areas.get(i));
            int activity = Reconciliation.firstDuplicate(activities, ActivityDocument::title);
            if (activity >= 0) {
                throw ProblemException.invalid("areas[" + i + "].activities[" + activity + "].title",
                        "förekommer mer än en gång i området");
            }
            for (int j = 0; j < activities.size(); j++) {
                TextBlocks.requireWellFormed("areas[" + i + "].activities[" + j + "].description",
                        activities.get(j).description());
            }
        }
        List<GoalDocument> goals = document.goals() == null ? List.of() : document.goals();
        int goal = Reconciliation.firstDuplicate(goals, g -> List.of(g.areaName(), g.text()));
        if (goal >= 0) {
            throw ProblemException.invalid("goals[" + goal + "].text", "förekommer mer än en gång för området");
        }
        for (int i = 0; i < goals.size(); i++) {
            if (goals.get(i).predecessorId() != null && goals.get(i).predecessor() != null) {
                throw ProblemException.invalid("goals[" + i + "].predecessor",
                        "ange antingen predecessorId eller predecessor, inte båda");
            }
        }
        List<MemberDocument> members = document.organisation() == null ? List.of() : document.organisation();
        int member = Reconciliation.firstDuplicate(members, m -> List.of(m.group(), m.name()));
        if (member >= 0) {
            throw ProblemException.invalid("organisation[" + member + "].name", "förekommer mer än en gång i gruppen");
        }
        for (int i = 0; i < members.size(); i++) {
            Member.requireDatesInOrder(members.get(i).joinedOn(), members.get(i).leftOn(),
                    "organisation[" + i + "].leftOn");
        }
    }

    private int importAreas(Plan plan, List<AreaDocument> documents) {
        int published = 0;
        List<Placed<AreaDocument>> desired = placed(documents);
        Reconciliation<String, Area, Placed<AreaDocument>> areas = Reconciliation.of(Area.ofPlan(plan), a -> a.name,
                desired, d -> d.item().name(),
                (area, d) -> area.position == d.position() && Objects.equals(area.resourceNote, d.item().resourceNote()));
        for (Area removed : areas.removed()) {
            for (Activity activity : Activity.ofArea(removed)) {
                Activity.requireNotContinued(activity);
                ActivityEvents.publish(events, ActivityEvents.ACTIVITY_REMOVED, activity);
                activity.delete();
                published++;
            }
            Activity.flush();
            AreaEvents.publish(events, AreaEvents.AREA_REMOVED, removed);
            removed.delete();
            published++;
        }
        for (Reconciliation.Change<Area, Placed<AreaDocument>> change : areas.changed()) {
            change.existing().position = change.desired().position();
            change.existing().resourceNote = change.desired().item().resourceNote();
            AreaEvents.publish(events, AreaEvents.AREA_CHANGED, change.existing());
            published++;
        }
        for (Placed<AreaDocument> added : areas.added()) {
            Area area = new Area();
            area.id = UUID.randomUUID();
            area.plan = plan;
            area.position = added.position();
            area.name = added.item().name();
            area.resourceNote = added.item().resourceNote();
            area.persist();
            AreaEvents.publish(events, AreaEvents.AREA_ADDED, area);
            published++;
        }
        for (AreaDocument document : documents) {
            Area area = Area.findByName(plan, document.name()).orElseThrow();
            published += importActivities(area, activitiesOf(document));
        }
        return published;
    }

    private int importActivities(Area area, List<ActivityDocument> documents) {
        int published = 0;
        Reconciliation<String, Activity, Placed<ActivityDocument>> activities = Reconciliation.of(
                Activity.ofArea(area), a -> a.title, placed(documents), d -> d.item().title(),
                (activity, d) -> ActivityContent.of(ActivityEvents.ActivityState.of(activity))
                        .equals(ActivityContent.of(d.item(), d.position())));
        for (Activity removed : activities.removed()) {
            Activity.requireNotContinued(removed);
            ActivityEvents.publish(events, ActivityEvents.ACTIVITY_REMOVED, removed);
            removed.delete();
            published++;
        }
        for (Reconciliation.Change<Activity, Placed<ActivityDocument>> change : activities.changed()) {
            apply(change.existing(), change.desired());
            ActivityEvents.publish(events, ActivityEvents.ACTIVITY_CHANGED, change.existing());
            published++;
        }
        for (Placed<ActivityDocument> added : activities.added()) {
            Activity activity = new Activity();
            activity.id = UUID.randomUUID();
            activity.area = area;
            apply(activity, added);
            activity.persist();
            ActivityEvents.publish(events, ActivityEvents.ACTIVITY_PLANNED, activity);
            published++;
        }
        return published;
    }

    private static void apply(Activity activity, Placed<ActivityDocument> placed) {
        ActivityDocument document = placed.item();
        activity.position = placed.position();
        activity.title = document.title();
        activity.summaryTitle = Activity.summaryTitle(document.title(), document.summaryTitle());
        activity.description = document.description() == null ? List.of() : List.copyOf(document.description());
        activity.plannedDays = document.plannedDays();
        activity.extraDays = document.extraDays();
        activity.extraEffortNote = document.extraEffortNote();
        activity.prioritised = Boolean.TRUE.equals(document.prioritised());
        activity.developmentEffort = ActivityContent.effort(document);
        activity.summaryDevelopmentEffort = ActivityContent.summaryEffort(document);
        activity.responsible = document.responsible() == null ? List.of() : List.copyOf(document.responsible());
    }

    private int importGoals(Period period, List<GoalDocument> documents) {
        int published = 0;
        Map<String, Integer> perArea = new HashMap<>();
        List<DesiredGoal> desired = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            GoalDocument document = documents.get(i);
            desired.add(new DesiredGoal(perArea.merge(document.areaName(), 1, Integer::sum), document,
                    predecessorOf(period, document, "goals[" + i + "]")));
        }
        Reconciliation<List<String>, Goal, DesiredGoal> goals = Reconciliation.of(Goal.ofPeriod(period),
                g -> List.of(g.areaName, g.text), desired, d -> List.of(d.document().areaName(), d.document().text()),
                (goal, d) -> goal.position == d.position() && Objects.equals(goal.predecessorId, d.predecessorId()));
        for (Goal removed : goals.removed()) {
            Goal.requireNotContinued(removed);
            GoalEvents.publish(events, GoalEvents.GOAL_REMOVED, removed);
            removed.delete();
            published++;
        }
        for (Reconciliation.Change<Goal, DesiredGoal> change : goals.changed()) {
            change.existing().position = change.desired().position();
            change.existing().predecessorId = change.desired().predecessorId();
            GoalEvents.publish(events, GoalEvents.GOAL_CHANGED, change.existing());
            published++;
        }
        for (DesiredGoal added : goals.added()) {
            Goal goal = new Goal();
            goal.id = UUID.randomUUID();
            goal.periodStart = period.start();
            goal.periodEnd = period.end();
            goal.areaName = added.document().areaName();
            goal.text = added.document().text();
            goal.position = added.position();
            goal.predecessorId = added.predecessorId();
            goal.persist();
            GoalEvents.publish(events, GoalEvents.GOAL_DEFINED, goal);
            published++;
        }
        return published;
    }

    /** The predecessor a goal document names, by id or by area name + text, checked as the goal API checks it. */
    private static UUID predecessorOf(Period period, GoalDocument document, String field) {
        if (document.predecessor() != null) {
            return Goal.requirePredecessorNamed(period, document.predecessor().areaName(), document.predecessor().text(),
                    field + ".predecessor").id;
        }
        Goal.requirePredecessor(period, document.predecessorId(), field + ".predecessorId");
        return document.predecessorId();
    }

    private int importMembers(int year, List<MemberDocument> documents) {
        int published = 0;
        Map<Object, Integer> perGroup = new HashMap<>();
        List<Placed<MemberDocument>> desired = documents.stream()
                .map(m -> new Placed<>(perGroup.merge(m.group(), 1, Integer::sum), m)).toList();
        Reconciliation<List<Object>, Member, Placed<MemberDocument>> members = Reconciliation.of(Member.ofYear(year),
                m -> List.of(m.memberGroup, m.name), desired, d -> List.of(d.item().group(), d.item().name()),
                (member, d) -> member.position == d.position() && sameState(member, d.item()));
        for (Member removed : members.removed()) {
            MemberEvents.publish(events, MemberEvents.MEMBER_LEFT, removed);
            removed.delete();
            published++;
        }
        for (Reconciliation.Change<Member, Placed<MemberDocument>> change : members.changed()) {
            boolean stateChanged = !sameState(change.existing(), change.desired().item());
            apply(change.existing(), change.desired());
            // the order of a group is not part of the published state, so a move alone publishes nothing
            if (stateChanged) {
                MemberEvents.publish(events, MemberEvents.MEMBER_CHANGED, change.existing());
                published++;
            }
        }
        for (Placed<MemberDocument> added : members.added()) {
            Member member = new Member();
            member.id = UUID.randomUUID();
            member.year = year;
            apply(member, added);
            member.persist();
            MemberEvents.publish(events, MemberEvents.MEMBER_JOINED, member);
            published++;
        }
        return published;
    }

    private static boolean sameState(Member member, MemberDocument document) {
        return Objects.equals(member.organisation, document.organisation())
                && Objects.equals(member.role, document.role())
                && Objects.equals(member.joinedOn, document.joinedOn())
                && Objects.equals(member.leftOn, document.leftOn())
                && Objects.equals(member.replacedBy, document.replacedBy());
    }

    private static void apply(Member member, Placed<MemberDocument> placed) {
        MemberDocument document = placed.item();
        member.position = placed.position();
        member.memberGroup = document.group();
        member.name = document.name();
        member.organisation = document.organisation();
        member.role = document.role();
        member.joinedOn = document.joinedOn();
        member.leftOn = document.leftOn();
        member.replacedBy = document.replacedBy();
    }

    private static List<ActivityDocument> activitiesOf(AreaDocument area) {
        return area.activities() == null ? List.of() : area.activities();
    }

    private static <D> List<Placed<D>> placed(List<D> items) {
        List<Placed<D>> placed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            placed.add(new Placed<>(i + 1, items.get(i)));
        }
        return placed;
    }
}
