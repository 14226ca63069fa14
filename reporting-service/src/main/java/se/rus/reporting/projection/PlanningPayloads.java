package se.rus.reporting.projection;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import se.rus.platform.text.TextBlock;
import se.rus.reporting.model.Report;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The parts of rus.planning.v1 payloads (EVENTS.md) the report needs; everything else is ignored. */
public final class PlanningPayloads {

    public static final String TOPIC = "rus.planning.v1";
    static final String PREFIX = "se.rus.planning.";

    private PlanningPayloads() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlanState(UUID id, int year, String title, String vision, Integer periodStart, Integer periodEnd,
                            String status) {
        public PlanState {
            Required.present(id, "id");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AreaState(UUID id, UUID planId, int year, int position, String name, String resourceNote) {
        public AreaState {
            Required.present(id, "id");
            Required.present(name, "name");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActivityState(UUID id, UUID planId, int year, UUID areaId, String areaName, int position,
                                String title, String summaryTitle, List<TextBlock> description, BigDecimal plannedDays,
                                BigDecimal extraDays, String extraEffortNote, boolean prioritised,
                                String developmentEffort, String summaryDevelopmentEffort, List<String> responsible,
                                UUID continuesActivityId) {
        public ActivityState {
            Required.present(id, "id");
            Required.present(title, "title");
            if (summaryTitle != null) {
                Required.present(summaryTitle, "summaryTitle");
            }
            Required.oneOf(Report.DevelopmentEffort.class, developmentEffort == null ? "NONE" : developmentEffort, "developmentEffort");
            if (summaryDevelopmentEffort != null) {
                Required.oneOf(Report.DevelopmentEffort.class, summaryDevelopmentEffort, "summaryDevelopmentEffort");
            }
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoalState(UUID id, int periodStart, int periodEnd, String areaName, int position, String text,
                            UUID predecessorId) {
        public GoalState {
            Required.present(id, "id");
            Required.present(areaName, "areaName");
            Required.present(text, "text");
        }
    }
}
