package se.rus.followup.rau;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.platform.years.InSupportedYears;

import java.time.LocalDate;
import java.util.List;

/**
 * A round's body: what opening and correcting a round take (the year beside it), and what a PATCH merges into. The
 * schema keeps the contract's name from when this was the resource's own input.
 */
@Schema(name = "NewRauRound")
public record RoundContent(
        @NotBlank @Size(max = 20000) @Schema(example = "Anvisningar för RÅU 2024: bedöm målet och trenden för miljötillståndet i länet.") String instructions,
        @NotNull @InSupportedYears @Schema(example = "2025-01-31") LocalDate deadline,
        @Size(max = 17) @Schema(description = "Utelämnad: de 13 regionalt bedömda målen och generationsmålet", example = "[\"GENERATIONSMALET\",\"FRISK_LUFT\"]")
        List<@NotBlank String> objectiveCodes,
        @Size(max = 21) @Schema(description = "Utelämnad: alla 21 län", example = "[\"01\",\"21\"]")
        List<@NotNull @Pattern(regexp = "^\\d{2}$", message = "ska vara en tvåsiffrig länskod") String> countyCodes) {
}
