package se.rus.planning.plan;

import se.rus.platform.events.EventPublisher;

import java.util.UUID;

/** Payloads of the plan's events on {@code rus.planning.v1}: the plan's full state. */
public final class PlanEvents {

    public static final String TOPIC = "rus.planning.v1";
    public static final String PLAN_CREATED = "se.rus.planning.PlanCreated.v1";
    public static final String PLAN_CHANGED = "se.rus.planning.PlanChanged.v1";
    public static final String PLAN_ADOPTED = "se.rus.planning.PlanAdopted.v1";

    private PlanEvents() {
    }

    public static void publish(EventPublisher events, String type, Plan plan) {
        events.publish(TOPIC, Integer.toString(plan.year), type, plan.id.toString(), PlanState.of(plan));
    }

    public record PlanState(UUID id, int year, String title, String vision, int periodStart, int periodEnd,
                            PlanStatus status) {

        public static PlanState of(Plan plan) {
            return new PlanState(plan.id, plan.year, plan.title, plan.vision, plan.periodStart, plan.periodEnd,
                    plan.status);
        }
    }
}
