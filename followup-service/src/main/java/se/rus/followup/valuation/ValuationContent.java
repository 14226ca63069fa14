package se.rus.followup.valuation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.platform.text.TextBlock;

import java.util.List;

/** The editable part of a valuation; at least one of {@code valuation} and {@code previousValuation} is set. */
@Schema(name = "ValuationContent")
public record ValuationContent(
        @Min(1) @Max(3) @Schema(example = "2", nullable = true, description = "1 = i hög grad uppnått, 2 = i tillräcklig grad, 3 = i mindre grad; tom när posten bara bär föregående periods värdering") Integer valuation,
        @Min(1) @Max(3) @Schema(example = "2", nullable = true, description = "Motsvarande måls värdering föregående period") Integer previousValuation,
        @NotNull @Schema(example = "true", description = "false när målet inte fanns föregående period") Boolean previousGoalExisted,
        @NotNull @Size(max = 100) List<@Valid @NotNull TextBlock> followUp) {
}
