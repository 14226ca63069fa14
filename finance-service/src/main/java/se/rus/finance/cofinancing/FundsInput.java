package se.rus.finance.cofinancing;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** Request and response bodies shared by co-financing and outside funds. */
public final class FundsInput {

    private FundsInput() {
    }

    @Schema(name = "NewFunds")
    public record NewFunds(
            @NotBlank @Size(max = 300) @Schema(example = "LEKS (klimat och energi)") String source,
            @NotNull @DecimalMin("0.01")
            @Digits(integer = 13, fraction = 2)
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, example = "220000.00") BigDecimal amount,
            @Size(max = 2000)
            @Schema(example = "Gemensamma insatser: länstransportplanering, samhällsplanering och förändringsledning")
            String description) {

        RecordingFunds.Funds funds() {
            return new RecordingFunds.Funds(source, amount, description);
        }
    }

    @Schema(name = "Funds")
    public record FundsView(UUID id, @Schema(example = "2024") int year,
                            @Schema(example = "LEKS (klimat och energi)") String source,
                            @JsonFormat(shape = JsonFormat.Shape.STRING)
                            @Schema(type = SchemaType.STRING, example = "220000.00") BigDecimal amount,
                            @Schema(example = "Gemensamma insatser") String description) {
        static FundsView of(FundsRecord funds) {
            return new FundsView(funds.id, funds.year, funds.source, funds.amount.setScale(2), funds.description);
        }
    }
}
