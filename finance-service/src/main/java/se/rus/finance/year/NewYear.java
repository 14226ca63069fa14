package se.rus.finance.year;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** What the working group opens a year's books with; the import opens a year the same way. */
@Schema(name = "NewFinancialYear")
public record NewYear(
        @NotNull @Min(2000) @Max(2100) @Schema(example = "2024") Integer year,
        @NotBlank @Size(max = 300) @Schema(example = "Anslag 1:2 Miljöövervakning") String appropriationName,
        @NotNull @DecimalMin("0.00")
        @Digits(integer = 13, fraction = 2)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, example = "6000000.00")
        BigDecimal appropriation,
        @DecimalMin("0.00")
        @Digits(integer = 13, fraction = 2)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, example = "1500000.00", description = "Nyckelfördelade medel, 0 om utelämnat")
        BigDecimal keyDistributed) {
}
