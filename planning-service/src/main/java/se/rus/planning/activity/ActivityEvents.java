package se.rus.planning.activity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.platform.days.Days;
import se.rus.planning.plan.PlanEvents;
import se.rus.platform.events.EventPublisher;
import se.rus.platform.text.TextBlock;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Payloads of an activity's events on {@code rus.planning.v1}; the state doubles as the REST view. */
public final class ActivityEvents {

    public static final String ACTIVITY_PLANNED = "se.rus.planning.ActivityPlanned.v1";
    public static final String ACTIVITY_CHANGED = "se.rus.planning.ActivityChanged.v1";
    public static final String ACTIVITY_REMOVED = "se.rus.planning.ActivityRemoved.v1";

    private ActivityEvents() {
    }

    public static void publish(EventPublisher events, String type, Activity activity) {
        events.publish(PlanEvents.TOPIC, Integer.toString(activity.area.plan.year), type, activity.id.toString(),
                ActivityState.of(activity));
    }

    @Schema(name = "Activity")
    public record ActivityState(
            @Schema(example = "2f5a7f7e-3a3c-4d4c-8f0e-1d2b3c4d5e6f") UUID id,
            @Schema(example = "0b5c3f0e-2a49-4a8e-9d4e-6f1f4f7f2c11") UUID planId,
            @Schema(example = "2024") int year,
            @Schema(example = "5d7e0c1a-9b1e-4c55-a0a4-2a1f6b8e7c31") UUID areaId,
            @Schema(example = "Stöd i åtgärdsarbetet") String areaName,
            @Schema(example = "12") int position,
            @Schema(example = "Cirkulär ekonomi och hållbar konsumtion") String title,
            @Schema(description = "Titeln som årets sammanfattning anger den, när den skiljer sig från Bilaga 1, annars null", example = "Förvaltning och samverkan miljödata och informationsförsörjning") String summaryTitle,
            List<TextBlock> description,
            @Schema(example = "21") BigDecimal plannedDays,
            @Schema(example = "18") BigDecimal extraDays,
            @Schema(example = "samt 18 dagar utanför arbetsgruppen") String extraEffortNote,
            @Schema(example = "true") boolean prioritised,
            @Schema(example = "NONE") DevelopmentEffort developmentEffort,
            @Schema(description = "Utvecklingsinsatsen som årets sammanfattning anger den, när den skiljer sig från Bilaga 1, annars null", example = "PARTIAL") DevelopmentEffort summaryDevelopmentEffort,
            @Schema(example = "[\"Birgit Nielsen\"]") List<String> responsible,
            @Schema(description = "Aktiviteten i föregående års plan som denna fortsätter, eller null", example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") UUID continuesActivityId) {

        public static ActivityState of(Activity activity) {
            return new ActivityState(activity.id, activity.area.plan.id, activity.area.plan.year, activity.area.id,
                    activity.area.name, activity.position, activity.title, activity.summaryTitle, List.copyOf(activity.description),
                    Days.normalise(activity.plannedDays), Days.normalise(activity.extraDays),
                    activity.extraEffortNote, activity.prioritised, activity.developmentEffort, activity.summaryDevelopmentEffort,
                    List.copyOf(activity.responsible), activity.continuesActivityId);
        }
    }
}
