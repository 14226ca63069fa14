package se.rus.planning.plan;

import java.util.UUID;

/** Payloads of the plan's events on {@code rus.planning.v1}: the plan's full state. */
public final class PlanEvents {

    public static final String TOPIC = "rus.planning.v1";
    public static final String PLAN_CREATED = "se.rus.planning.PlanCreated.v1";

    private PlanEvents() {
    }

    public record PlanState(UUID id, int year, String title, String vision, int periodStart, int periodEnd,
                            PlanStatus status) {

        static PlanState of(Plan plan) {
            return new PlanState(plan.id, plan.year, plan.title, plan.vision, plan.periodStart, plan.periodEnd,
                    plan.status);
        }
    }
}
