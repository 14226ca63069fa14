package se.rus.planning.goal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.planning.plan.PlanEvents;
import se.rus.platform.events.EventPublisher;

import java.util.UUID;

/** Payloads of a goal's events on {@code rus.planning.v1}; the state doubles as the REST view. */
public final class GoalEvents {

    public static final String GOAL_DEFINED = "se.rus.planning.GoalDefined.v1";
    public static final String GOAL_CHANGED = "se.rus.planning.GoalChanged.v1";
    public static final String GOAL_REMOVED = "se.rus.planning.GoalRemoved.v1";

    private GoalEvents() {
    }

    public static void publish(EventPublisher events, String type, Goal goal) {
        events.publish(PlanEvents.TOPIC, goal.period().eventKey(), type, goal.id.toString(), GoalState.of(goal));
    }

    @Schema(name = "Goal")
    public record GoalState(@Schema(example = "8c2d4e6f-1a3b-4c5d-9e8f-7a6b5c4d3e2f") UUID id,
                            @Schema(example = "2022") int periodStart,
                            @Schema(example = "2024") int periodEnd,
                            @Schema(example = "Kommunikation och organisation") String areaName,
                            @Schema(example = "1") int position,
                            @Schema(example = "RUS är ett ändamålsenligt väl fungerande samverkansorgan för det regionala och lokala miljömålsarbetet.") String text,
                            @Schema(description = "Målet i närmast föregående period som detta mål fortsätter, eller null", example = "3e1f0a2b-7c6d-4e5f-8a9b-0c1d2e3f4a5b") UUID predecessorId) {

        public static GoalState of(Goal goal) {
            return new GoalState(goal.id, goal.periodStart, goal.periodEnd, goal.areaName, goal.position, goal.text,
                    goal.predecessorId);
        }
    }
}
