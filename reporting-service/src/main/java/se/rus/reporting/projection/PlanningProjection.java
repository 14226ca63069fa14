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

/** Projects rus.planning.v1: plan, areas, activities and goals, each upserted from its full state. */
@ApplicationScoped
public class PlanningProjection {

    public static final String CONSUMER = "reporting.planning";

    @Inject
    Inbox inbox;

    /** Whether the event changed the projection: false for a redelivery or a type the report does not use. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(CloudEvent event) {
        String type = String.valueOf(event.type());
        if (!type.startsWith(PlanningPayloads.PREFIX)) {
            return false;
        }
        return switch (type.substring(PlanningPayloads.PREFIX.length())) {
            case "PlanCreated.v1", "PlanChanged.v1", "PlanAdopted.v1" ->
                    once(event, () -> plan(inbox.dataOf(event, PlanState.class)));
            case "AreaAdded.v1", "AreaChanged.v1" -> once(event, () -> area(inbox.dataOf(event, AreaState.class)));
            case "AreaRemoved.v1" -> once(event, () -> ProjectedArea.deleteById(inbox.dataOf(event, AreaState.class).id()));
            case "ActivityPlanned.v1", "ActivityChanged.v1" ->
                    once(event, () -> activity(inbox.dataOf(event, ActivityState.class)));
            case "ActivityRemoved.v1" ->
                    once(event, () -> ProjectedActivity.deleteById(inbox.dataOf(event, ActivityState.class).id()));
            case "GoalDefined.v1", "GoalChanged.v1" -> once(event, () -> goal(inbox.dataOf(event, GoalState.class)));
            case "GoalRemoved.v1" -> once(event, () -> ProjectedGoal.deleteById(inbox.dataOf(event, GoalState.class).id()));
            default -> false;
        };
    }

    private boolean once(CloudEvent event, Runnable effect) {
        if (!inbox.firstDelivery(event, CONSUMER)) {
            return false;
        }
        effect.run();
        return true;
    }

    private void plan(PlanState state) {
        ProjectedPlan plan = ProjectedPlan.findById(state.id());
        if (plan == null) {
            plan = new ProjectedPlan();
            plan.id = state.id();
        }
        plan.year = state.year();
        plan.title = state.title();
        plan.vision = state.vision();
        plan.periodStart = state.periodStart();
        plan.periodEnd = state.periodEnd();
        plan.status = state.status();
        plan.persist();
    }

    private void area(AreaState state) {
        ProjectedArea area = ProjectedArea.findById(state.id());
        if (area == null) {
            area = new ProjectedArea();
            area.id = state.id();
        }
        area.planId = state.planId();
        area.year = state.year();
        area.position = state.position();
        area.name = state.name();
        area.resourceNote = state.resourceNote();
        area.persist();
    }

    private void activity(ActivityState state) {
        ProjectedActivity activity = ProjectedActivity.findById(state.id());
        if (activity == null) {
            activity = new ProjectedActivity();
            activity.id = state.id();
        }
        activity.planId = state.planId();
        activity.year = state.year();
        activity.areaId = state.areaId();
        activity.areaName = state.areaName();
        activity.position = state.position();
        activity.title = state.title();
        activity.description = TextBlocks.write(state.description());
        activity.plannedDays = state.plannedDays() == null ? BigDecimal.ZERO : state.plannedDays();
        activity.extraDays = state.extraDays();
        activity.extraEffortNote = state.extraEffortNote();
        activity.prioritised = state.prioritised();
        activity.developmentEffort = state.developmentEffort() == null ? "NONE" : state.developmentEffort();
        activity.summaryDevelopmentEffort = state.summaryDevelopmentEffort();
        activity.responsible = TextBlocks.write(state.responsible());
        activity.continuesActivityId = state.continuesActivityId();
        activity.persist();
    }

    private void goal(GoalState state) {
        ProjectedGoal goal = ProjectedGoal.findById(state.id());
        if (goal == null) {
            goal = new ProjectedGoal();
            goal.id = state.id();
        }
        goal.periodStart = state.periodStart();
        goal.periodEnd = state.periodEnd();
        goal.areaName = state.areaName();
        goal.position = state.position();
        goal.text = state.text();
        goal.predecessorId = state.predecessorId();
        goal.persist();
    }
}
