package se.rus.planning.activity;

import se.rus.platform.days.Days;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Planned working-group days per area and for the whole plan. Always derived from the activities, never
 * stored, so the totals cannot drift from the activities they sum.
 */
public final class PlannedDays {

    private PlannedDays() {
    }

    /** One area in plan order; {@code activities} are the (plannedDays, extraDays, prioritised) of its activities. */
    public record AreaInput(UUID areaId, String name, int position, String resourceNote,
                            List<ActivityDays> activities) {
    }

    public record ActivityDays(BigDecimal plannedDays, BigDecimal extraDays, boolean prioritised) {
    }

    public record AreaTotal(UUID areaId, String name, int position, String resourceNote, int activityCount,
                            int prioritisedCount, BigDecimal plannedDays, BigDecimal extraDays) {
    }

    public record Totals(List<AreaTotal> areas, int activityCount, int prioritisedCount, BigDecimal plannedDays,
                         BigDecimal extraDays) {
    }

    public static Totals of(List<AreaInput> areas) {
        Map<UUID, AreaTotal> perArea = new LinkedHashMap<>();
        for (AreaInput area : areas) {
            BigDecimal planned = BigDecimal.ZERO;
            BigDecimal extra = BigDecimal.ZERO;
            int prioritised = 0;
            for (ActivityDays activity : area.activities()) {
                planned = planned.add(activity.plannedDays());
                if (activity.extraDays() != null) {
                    extra = extra.add(activity.extraDays());
                }
                prioritised += activity.prioritised() ? 1 : 0;
            }
            perArea.put(area.areaId(), new AreaTotal(area.areaId(), area.name(), area.position(), area.resourceNote(),
                    area.activities().size(), prioritised, Days.normalise(planned), Days.normalise(extra)));
        }
        List<AreaTotal> totals = List.copyOf(perArea.values());
        return new Totals(totals,
                totals.stream().mapToInt(AreaTotal::activityCount).sum(),
                totals.stream().mapToInt(AreaTotal::prioritisedCount).sum(),
                Days.normalise(totals.stream().map(AreaTotal::plannedDays).reduce(BigDecimal.ZERO, BigDecimal::add)),
                Days.normalise(totals.stream().map(AreaTotal::extraDays).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }
}
