package se.rus.followup.importing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.followup.outcome.OutcomeStatus;
import se.rus.platform.text.TextBlock;

import java.math.BigDecimal;
import java.util.List;

/** A year's follow-up in one document (deploy/contracts/IMPORTS.md); activities and goals by natural key. */
@Schema(name = "FollowUpImport")
public record FollowUpDocument(
        @Size(max = 50) List<@Valid @NotNull Area> areas,
        @Size(max = 200) List<@Valid @NotNull Valuation> valuations) {

    @Schema(name = "FollowUpImportArea")
    public record Area(
            @NotBlank @Schema(example = "Miljömålsuppföljning") String areaName,
            @Size(max = 100) @Schema(description = "Resursuppföljning för området; utelämnad lämnar den orörd") List<@Valid @NotNull TextBlock> note,
            @Size(max = 200) List<@Valid @NotNull Outcome> outcomes) {
    }

    @Schema(name = "FollowUpImportOutcome")
    public record Outcome(
            @NotBlank @Schema(example = "Indikatorutveckling") String activityTitle,
            @NotNull @Schema(example = "PARTLY_DONE") OutcomeStatus status,
            @NotNull @Size(max = 100) List<@Valid @NotNull TextBlock> narrative,
            @DecimalMin(value = "0", message = "får inte vara negativt") @Digits(integer = 7, fraction = 2) BigDecimal daysSpent) {
    }

    @Schema(name = "FollowUpImportValuation")
    public record Valuation(
            @NotBlank @Schema(example = "Miljömålsuppföljning") String areaName,
            @NotBlank @Schema(example = "Regional årlig uppföljning är ändamålsenlig och effektiv …") String goalText,
            @Schema(example = "2024", nullable = true, description = "Året inom perioden som värderingen avser; utelämnat: periodens sista år") Integer year,
            @Min(1) @Max(3) @Schema(nullable = true, description = "Utelämnas bara när posten enbart bär föregående periods värdering") Integer valuation,
            @Min(1) @Max(3) @Schema(nullable = true) Integer previousValuation,
            @NotNull Boolean previousGoalExisted,
            @NotNull @Size(max = 100) List<@Valid @NotNull TextBlock> followUp) {
    }
}
