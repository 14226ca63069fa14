package se.rus.finance.cofinancing;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.platform.web.Sorting;

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

        FundsContent funds() {
            return new FundsContent(source, amount, description);
        }
    }

    @Schema(name = "Funds")
    public record FundsView(UUID id, @Schema(example = "2024") int year,
                            @Schema(example = "LEKS (klimat och energi)") String source,
                            @JsonFormat(shape = JsonFormat.Shape.STRING)
                            @Schema(type = SchemaType.STRING, example = "220000.00") BigDecimal amount,
                            @Schema(example = "Gemensamma insatser") String description) {

        /** Co-financing and outside funds list the same way. */
        static final Sorting<FundsView> ORDER = Sorting.<FundsView>by()
                .key("source", FundsView::source).key("amount", FundsView::amount);

        static FundsView of(FundsRecord funds) {
            return new FundsView(funds.id, funds.year, funds.source, funds.amount.setScale(2), funds.description);
        }
    }
}
