package se.rus.planning.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What changing a plan takes: all of what can change (a PATCH merges into it first). */
@Schema(name = "PlanChanges", description = "Det som kan ändras i en plan (PUT ersätter allt, PATCH slår ihop)")
public record PlanChanges(
        @NotBlank @Size(max = 300) @Schema(example = "RUS verksamhetsplan 2024") String title,
        @Size(max = 2000) @Schema(example = "Miljömålen är uppnådda genom samverkan och effektiva insatser som förverkligar Agenda 2030.") String vision,
        @NotNull @Min(2000) @Max(2100) @Schema(example = "2022") Integer periodStart,
        @NotNull @Min(2000) @Max(2100) @Schema(example = "2024") Integer periodEnd) {

    static PlanChanges of(Plan plan) {
        return new PlanChanges(plan.title, plan.vision, plan.periodStart, plan.periodEnd);
    }
}
