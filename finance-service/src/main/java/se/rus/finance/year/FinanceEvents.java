package se.rus.finance.year;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.util.UUID;

/** Payloads of the financial year's events on {@code rus.finance.v1}. */
public final class FinanceEvents {

    public static final String TOPIC = "rus.finance.v1";
    public static final String YEAR_OPENED = "se.rus.finance.FinancialYearOpened.v1";

    private FinanceEvents() {
    }

    public record YearState(UUID id, int year, String appropriationName,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal appropriation, YearStatus status) {

        static YearState of(FinancialYear year) {
            return new YearState(year.id, year.year, year.appropriationName, year.appropriation, year.status);
        }
    }
}
