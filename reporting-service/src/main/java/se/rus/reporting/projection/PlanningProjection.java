package se.rus.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.platform.events.CloudEvent;
import se.rus.platform.events.Inbox;
import se.rus.reporting.projection.PlanningPayloads.ActivityState;
import se.rus.reporting.projection.PlanningPayloads.AreaState;
import se.rus.reporting.projection.PlanningPayloads.GoalState;
import se.rus.reporting.projection.PlanningPayloads.PlanState;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Projects rus.planning.v1: plan, areas, activities and goals, each upserted from its full state. */
@ApplicationScoped
public class PlanningProjection {

    public static final String CONSUMER = "reporting.planning";

    @Inject
    Inbox inbox;

    @Inject
    RunningTotals totals;

    /**
     * Whether the event changed the projection: false for a redelivery or a type the report does not use.
     * The report years the change can touch, before and after it, go to {@code affected}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(CloudEvent event, AffectedYears affected) {
        String type = String.valueOf(event.type());
        if (!type.startsWith(PlanningPayloads.PREFIX)) {
            return false;
        }
        return switch (type.substring(PlanningPayloads.PREFIX.length())) {
            case "PlanCreated.v1", "PlanChanged.v1", "PlanAdopted.v1" ->
                    inbox.applyOnce(event, CONSUMER, () -> plan(inbox.dataOf(event, PlanState.class), affected));
            case "AreaAdded.v1", "AreaChanged.v1" ->
                    inbox.applyOnce(event, CONSUMER, () -> area(inbox.dataOf(event, AreaState.class), affected));
            case "AreaRemoved.v1" ->
                    inbox.applyOnce(event, CONSUMER, () -> removeArea(inbox.dataOf(event, AreaState.class), affected));
            case "ActivityPlanned.v1", "ActivityChanged.v1" ->
                    inbox.applyOnce(event, CONSUMER, () -> activity(inbox.dataOf(event, ActivityState.class), affected));
            case "ActivityRemoved.v1" ->
                    inbox.applyOnce(event, CONSUMER, () -> removeActivity(inbox.dataOf(event, ActivityState.class), affected));
            case "GoalDefined.v1", "GoalChanged.v1" ->
                    inbox.applyOnce(event, CONSUMER, () -> goal(inbox.dataOf(event, GoalState.class), affected));
            case "GoalRemoved.v1" ->
                    inbox.applyOnce(event, CONSUMER, () -> removeGoal(inbox.dataOf(event, GoalState.class), affected));
            default -> false;
        };
    }

    private void plan(PlanState state, AffectedYears affected) {
        ProjectedPlan plan = ProjectedPlan.findById(state.id());
        if (plan == null) {
            plan = new ProjectedPlan();
            plan.id = state.id();
        } else {
            affected.year(plan.year);
        }
        affected.year(state.year());
        plan.year = state.year();
        plan.title = state.title();
        plan.vision = state.vision();
        plan.periodStart = state.periodStart();
        plan.periodEnd = state.periodEnd();
        plan.status = state.status();
        plan.persist();
    }

    private void area(AreaState state, AffectedYears affected) {
        ProjectedArea area = ProjectedArea.findById(state.id());
        if (area == null) {
            area = new ProjectedArea();
            area.id = state.id();
        } else {
            affected.yearAndNext(area.year);
        }
        affected.yearAndNext(state.year());
        area.planId = state.planId();
        area.year = state.year();
        area.position = state.position();
        area.name = state.name();
        area.resourceNote = state.resourceNote();
        area.persist();
    }

    private void removeArea(AreaState state, AffectedYears affected) {
        ProjectedArea area = ProjectedArea.findById(state.id());
        if (area != null) {
            affected.yearAndNext(area.year);
            area.delete();
        }
    }

    private void activity(ActivityState state, AffectedYears affected) {
        ProjectedActivity activity = ProjectedActivity.findById(state.id());
        if (activity == null) {
            activity = new ProjectedActivity();
            activity.id = state.id();
        } else {
            affected.yearAndNext(activity.year);
            totals.removeActivity(activity);
        }
        affected.yearAndNext(state.year());
        activity.planId = state.planId();
        activity.year = state.year();
        activity.areaId = state.areaId();
        activity.areaName = state.areaName();
        activity.position = state.position();
        activity.title = state.title();
        activity.summaryTitle = state.summaryTitle();
        activity.description = Objects.requireNonNullElse(state.description(), List.of());
        activity.plannedDays = state.plannedDays() == null ? BigDecimal.ZERO : state.plannedDays();
        activity.extraDays = state.extraDays();
        activity.extraEffortNote = state.extraEffortNote();
        activity.prioritised = state.prioritised();
        activity.developmentEffort = state.developmentEffort() == null ? "NONE" : state.developmentEffort();
        activity.summaryDevelopmentEffort = state.summaryDevelopmentEffort();
        activity.responsible = Objects.requireNonNullElse(state.responsible(), List.of());
        activity.continuesActivityId = state.continuesActivityId();
        activity.persist();
        totals.addActivity(activity.year, activity.areaId, activity.areaName, activity.plannedDays);
    }

    private void removeActivity(ActivityState state, AffectedYears affected) {
        ProjectedActivity activity = ProjectedActivity.findById(state.id());
        if (activity != null) {
            affected.yearAndNext(activity.year);
            totals.removeActivity(activity);
            activity.delete();
        }
    }

    private void goal(GoalState state, AffectedYears affected) {
        ProjectedGoal goal = ProjectedGoal.findById(state.id());
        if (goal == null) {
            goal = new ProjectedGoal();
            goal.id = state.id();
        } else {
            affected.period(goal.periodStart, goal.periodEnd);
        }
        affected.period(state.periodStart(), state.periodEnd());
        goal.periodStart = state.periodStart();
        goal.periodEnd = state.periodEnd();
        goal.areaName = state.areaName();
        goal.position = state.position();
        goal.text = state.text();
        goal.predecessorId = state.predecessorId();
        goal.persist();
    }

    private void removeGoal(GoalState state, AffectedYears affected) {
        ProjectedGoal goal = ProjectedGoal.findById(state.id());
        if (goal != null) {
            affected.period(goal.periodStart, goal.periodEnd);
            goal.delete();
        }
    }
}
