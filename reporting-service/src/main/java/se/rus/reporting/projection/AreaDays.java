package se.rus.reporting.projection;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The activities of a year that name the same area (by id and name): their planned days and how many they are. */
public record AreaDays(UUID areaId, String areaName, BigDecimal plannedDays, long activities) {

    /** The totals of activities held in memory, in the order their area references first occur. */
    public static List<AreaDays> of(List<ProjectedActivity> activities) {
        Map<List<Object>, AreaDays> totals = new LinkedHashMap<>();
        for (ProjectedActivity activity : activities) {
            if (activity.plannedDays != null) {
                totals.merge(Arrays.asList(activity.areaId, activity.areaName),
                        new AreaDays(activity.areaId, activity.areaName, activity.plannedDays, 1),
                        (a, b) -> new AreaDays(a.areaId, a.areaName, a.plannedDays.add(b.plannedDays),
                                a.activities + b.activities));
            }
        }
        return List.copyOf(totals.values());
    }
}
