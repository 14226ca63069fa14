package se.rus.followup.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.platform.events.CloudEvent;
import se.rus.platform.events.Inbox;
import se.rus.platform.time.TimeSource;

import java.util.List;

/** Use case: one planning event becomes a change of the replica, exactly once per event id. */
@ApplicationScoped
public class ApplyingPlanningEvent {

    static final String CONSUMER = "followup.planning";

    @Inject
    Inbox inbox;

    @Inject
    TimeSource time;

    /** @return false when the event was a redelivery or of a type this service does not use */
    @Transactional
    public boolean apply(CloudEvent event) {
        String type = event.type() == null ? "" : event.type();
        if (!type.startsWith(PlanningEvents.PREFIX)) {
            return false;
        }
        String name = type.substring(PlanningEvents.PREFIX.length());
        Runnable change = switch (name) {
            case "PlanCreated.v1", "PlanChanged.v1", "PlanAdopted.v1" ->
                    () -> plan(inbox.dataOf(event, PlanningEvents.PlanData.class));
            case "AreaAdded.v1", "AreaChanged.v1" -> () -> area(inbox.dataOf(event, PlanningEvents.AreaData.class), false);
            case "AreaRemoved.v1" -> () -> area(inbox.dataOf(event, PlanningEvents.AreaData.class), true);
            case "ActivityPlanned.v1", "ActivityChanged.v1" ->
                    () -> activity(inbox.dataOf(event, PlanningEvents.ActivityData.class), false);
            case "ActivityRemoved.v1" -> () -> activity(inbox.dataOf(event, PlanningEvents.ActivityData.class), true);
            case "GoalDefined.v1", "GoalChanged.v1" -> () -> goal(inbox.dataOf(event, PlanningEvents.GoalData.class), false);
            case "GoalRemoved.v1" -> () -> goal(inbox.dataOf(event, PlanningEvents.GoalData.class), true);
            default -> null;
        };
        if (change == null || !inbox.firstDelivery(event, CONSUMER)) {
            return false;
        }
        change.run();
        return true;
    }

    /** A poll's events in order, in one transaction: any failure rolls them all back (IncomingEvents.takeAll). */
    @Transactional
    public void applyAll(List<CloudEvent> events) {
        events.forEach(this::apply);
    }

    private void plan(PlanningEvents.PlanData data) {
        require(data.id() != null && data.year() != null, "plan id and year");
        ReplicaPlan plan = ReplicaPlan.<ReplicaPlan>findByIdOptional(data.id()).orElseGet(() -> {
            ReplicaPlan created = new ReplicaPlan();
            created.id = data.id();
            return created;
        });
        plan.year = data.year();
        plan.title = data.title();
        plan.periodStart = data.periodStart();
        plan.periodEnd = data.periodEnd();
        plan.status = data.status();
        plan.updatedAt = time.now();
        plan.persist();
    }

    private void area(PlanningEvents.AreaData data, boolean removed) {
        require(data.id() != null && data.year() != null && data.name() != null, "area id, year and name");
        ReplicaArea area = ReplicaArea.<ReplicaArea>findByIdOptional(data.id()).orElseGet(() -> {
            ReplicaArea created = new ReplicaArea();
            created.id = data.id();
            return created;
        });
        area.planId = data.planId();
        area.year = data.year();
        area.position = data.position();
        area.name = data.name();
        area.resourceNote = data.resourceNote();
        area.removed = removed;
        area.updatedAt = time.now();
        area.persist();
        // a renamed area must not leave its activities showing the old name until they change themselves
        ReplicaActivity.update("areaName = ?1 where areaId = ?2", data.name(), data.id());
    }

    private void activity(PlanningEvents.ActivityData data, boolean removed) {
        require(data.id() != null && data.year() != null && data.title() != null, "activity id, year and title");
        ReplicaActivity activity = ReplicaActivity.<ReplicaActivity>findByIdOptional(data.id()).orElseGet(() -> {
            ReplicaActivity created = new ReplicaActivity();
            created.id = data.id();
            return created;
        });
        activity.planId = data.planId();
        activity.year = data.year();
        activity.areaId = data.areaId();
        activity.areaName = data.areaName();
        activity.position = data.position();
        activity.title = data.title();
        activity.plannedDays = data.plannedDays();
        activity.prioritised = Boolean.TRUE.equals(data.prioritised());
        activity.removed = removed;
        activity.updatedAt = time.now();
        activity.persist();
    }

    private void goal(PlanningEvents.GoalData data, boolean removed) {
        require(data.id() != null && data.periodStart() != null && data.periodEnd() != null && data.text() != null,
                "goal id, period and text");
        ReplicaGoal goal = ReplicaGoal.<ReplicaGoal>findByIdOptional(data.id()).orElseGet(() -> {
            ReplicaGoal created = new ReplicaGoal();
            created.id = data.id();
            return created;
        });
        goal.periodStart = data.periodStart();
        goal.periodEnd = data.periodEnd();
        goal.areaName = data.areaName();
        goal.position = data.position();
        goal.text = data.text();
        goal.removed = removed;
        goal.updatedAt = time.now();
        goal.persist();
    }

    private static void require(boolean present, String what) {
        if (!present) {
            throw new IllegalArgumentException("the payload lacks " + what);
        }
    }
}
