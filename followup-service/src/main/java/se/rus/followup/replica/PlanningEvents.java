package se.rus.followup.replica;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The parts of the rus.planning.v1 payloads this service relies on; every other field is ignored,
 * so planning-service may add fields without breaking the replica.
 */
public final class PlanningEvents {

    public static final String TOPIC = "rus.planning.v1";
    static final String PREFIX = "se.rus.planning.";

    private PlanningEvents() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlanData(UUID id, Integer year, String title, Integer periodStart, Integer periodEnd, String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AreaData(UUID id, UUID planId, Integer year, Integer position, String name, String resourceNote) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActivityData(UUID id, UUID planId, Integer year, UUID areaId, String areaName, Integer position,
                               String title, BigDecimal plannedDays, Boolean prioritised) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoalData(UUID id, Integer periodStart, Integer periodEnd, String areaName, Integer position,
                           String text) {
    }
}
