package se.rus.planning.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.planning.activity.ActivityEvents.ActivityState;
import se.rus.platform.text.NotBlankWhenGiven;
import se.rus.platform.text.TextBlock;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An activity's body: what planning and replacing an activity take, and what a PATCH merges into. The
 * schema keeps the contract's name from when this was the resource's own input.
 */
@Schema(name = "ActivityInput")
public record ActivityContent(
        @NotNull @Schema(description = "Verksamhetsområdet i årets plan", example = "5d7e0c1a-9b1e-4c55-a0a4-2a1f6b8e7c31") UUID areaId,
        @NotBlank @Size(max = 500) @Schema(example = "Cirkulär ekonomi och hållbar konsumtion") String title,
        @NotBlankWhenGiven @Size(max = 500) @Schema(description = "Titeln som årets sammanfattning anger den, när den skiljer sig från Bilaga 1; utelämnad = samma", example = "Förvaltning och samverkan miljödata och informationsförsörjning") String summaryTitle,
        @Size(max = 200) List<@NotNull @Valid TextBlock> description,
        @NotNull @DecimalMin(value = "0", message = "får inte vara negativt")
        @Digits(integer = 5, fraction = 2, message = "högst 5 siffror före och 2 efter decimaltecknet")
        @Schema(description = "RUS arbetsgrupps tid i VP, dagar", example = "21") BigDecimal plannedDays,
        @DecimalMin(value = "0", message = "får inte vara negativt")
        @Digits(integer = 5, fraction = 2, message = "högst 5 siffror före och 2 efter decimaltecknet")
        @Schema(description = "Dagar utanför arbetsgruppen", example = "18") BigDecimal extraDays,
        @Size(max = 1000) @Schema(example = "samt 18 dagar utanför arbetsgruppen") String extraEffortNote,
        @Schema(description = "PRIORITERAT", example = "true") Boolean prioritised,
        @Schema(description = "Särskild utvecklingsinsats: NONE, PARTIAL (delvis) eller FULL; utelämnad = NONE", example = "NONE") DevelopmentEffort developmentEffort,
        @Schema(description = "Utvecklingsinsatsen som årets sammanfattning anger den, när den skiljer sig från Bilaga 1; utelämnad = samma", example = "PARTIAL") DevelopmentEffort summaryDevelopmentEffort,
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> responsible,
        @Min(value = 1, message = "måste vara minst 1") @Schema(description = "1-baserad plats i området; utelämnad = sist (POST) eller oförändrad (PUT)", example = "1") Integer position,
        @Schema(description = "Aktiviteten i föregående års plan som denna fortsätter; utelämnad = ingen", example = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") UUID continuesActivityId) {

    static ActivityContent of(Activity activity) {
        ActivityState state = ActivityState.of(activity);
        return new ActivityContent(state.areaId(), state.title(), state.summaryTitle(), state.description(), state.plannedDays(),
                state.extraDays(), state.extraEffortNote(), state.prioritised(), state.developmentEffort(),
                state.summaryDevelopmentEffort(), state.responsible(), state.position(), state.continuesActivityId());
    }
}
