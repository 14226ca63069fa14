package se.rus.planning.area;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.planning.plan.PlanEvents;
import se.rus.platform.events.EventPublisher;

import java.util.UUID;

/** Payloads of an area's events on {@code rus.planning.v1}; the state doubles as the REST view. */
public final class AreaEvents {

    public static final String AREA_ADDED = "se.rus.planning.AreaAdded.v1";
    public static final String AREA_CHANGED = "se.rus.planning.AreaChanged.v1";
    public static final String AREA_REMOVED = "se.rus.planning.AreaRemoved.v1";

    private AreaEvents() {
    }

    public static void publish(EventPublisher events, String type, Area area) {
        events.publish(PlanEvents.TOPIC, Integer.toString(area.plan.year), type, area.id.toString(),
                AreaState.of(area));
    }

    @Schema(name = "Area")
    public record AreaState(@Schema(example = "5d7e0c1a-9b1e-4c55-a0a4-2a1f6b8e7c31") UUID id,
                            @Schema(example = "0b5c3f0e-2a49-4a8e-9d4e-6f1f4f7f2c11") UUID planId,
                            @Schema(example = "2024") int year,
                            @Schema(example = "1") int position,
                            @Schema(example = "Miljömålsuppföljning") String name,
                            @Schema(example = "I verksamhetsplanen 2024 tidsattes denna till 247 arbetsdagar.") String resourceNote) {

        public static AreaState of(Area area) {
            return new AreaState(area.id, area.plan.id, area.plan.year, area.position, area.name, area.resourceNote);
        }
    }
}
