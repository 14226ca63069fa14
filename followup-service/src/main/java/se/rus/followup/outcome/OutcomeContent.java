package se.rus.followup.outcome;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.platform.text.TextBlock;

import java.math.BigDecimal;
import java.util.List;

/** The editable part of an outcome: what PUT replaces and PATCH merges into. */
@Schema(name = "OutcomeContent")
public record OutcomeContent(
        @NotNull @Schema(example = "PARTLY_DONE") OutcomeStatus status,
        @NotNull @Size(max = 100) List<@Valid @NotNull TextBlock> narrative,
        @DecimalMin(value = "0", message = "får inte vara negativt") @Digits(integer = 7, fraction = 2)
        @Schema(example = "12.5", description = "Dagar som arbetsgruppen faktiskt lade ned, om känt") BigDecimal daysSpent) {
}
