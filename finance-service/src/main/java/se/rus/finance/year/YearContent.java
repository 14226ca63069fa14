package se.rus.finance.year;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * A year's funding: what changing it takes, and what a PATCH merges into; the import's may leave a value out (null
 * keeps it). The schema keeps the contract's name from when this was the resource's own input.
 */
@Schema(name = "FinancialYearChange", description = "Hela finansieringen (PUT)")
public record YearContent(
        @NotBlank @Size(max = 300) @Schema(example = "Anslag 1:2 Miljöövervakning") String appropriationName,
        @NotNull @DecimalMin("0.00")
        @Digits(integer = 13, fraction = 2)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, example = "6000000.00")
        BigDecimal appropriation,
        @NotNull @DecimalMin("0.00")
        @Digits(integer = 13, fraction = 2)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, example = "1500000.00")
        BigDecimal keyDistributed) {
}
