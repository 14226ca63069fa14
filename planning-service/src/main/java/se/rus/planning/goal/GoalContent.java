package se.rus.planning.goal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * A goal's body: what defining and replacing a goal take, and what a PATCH merges into. The schema keeps
 * the contract's name from when this was the resource's own input.
 */
@Schema(name = "GoalInput")
public record GoalContent(
        @NotBlank @Size(max = 300) @Schema(example = "Kommunikation och organisation") String areaName,
        @NotBlank @Size(max = 5000) @Schema(example = "RUS kommunicerar sin verksamhet till olika målgrupper i enlighet med framtagen kommunikationsstrategi.") String text,
        @Min(value = 1, message = "måste vara minst 1") @Schema(description = "1-baserad plats inom området; utelämnad = sist (POST) eller oförändrad (PUT)", example = "2") Integer position,
        @Schema(description = "Målet i närmast föregående period (dess periodEnd = denna periods start − 1) som detta mål fortsätter; utelämnad = inget", example = "3e1f0a2b-7c6d-4e5f-8a9b-0c1d2e3f4a5b") UUID predecessorId) {

    static GoalContent of(Goal goal) {
        return new GoalContent(goal.areaName, goal.text, goal.position, goal.predecessorId);
    }
}
