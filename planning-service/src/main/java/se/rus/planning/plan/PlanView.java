package se.rus.planning.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A plan as the API shows it, after creating, changing or rolling it over. */
@Schema(name = "Plan")
public record PlanView(@Schema(example = "0b5c3f0e-2a49-4a8e-9d4e-6f1f4f7f2c11") UUID id,
                       @Schema(example = "2024") int year,
                       @Schema(example = "RUS verksamhetsplan 2024") String title,
                       @Schema(example = "Miljömålen är uppnådda genom samverkan och effektiva insatser som förverkligar Agenda 2030.") String vision,
                       @Schema(example = "2022") int periodStart,
                       @Schema(example = "2024") int periodEnd,
                       @Schema(example = "ADOPTED") PlanStatus status) {
    public static PlanView of(Plan plan) {
        return new PlanView(plan.id, plan.year, plan.title, plan.vision, plan.periodStart, plan.periodEnd,
                plan.status);
    }
}
