package se.rus.finance.cofinancing;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.util.UUID;

/** Payload of CoFinancingRecorded and OutsideFundsNoted. */
public record FundsState(UUID id, int year, String source,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String description) {

    static FundsState of(FundsRecord funds) {
        return new FundsState(funds.id, funds.year, funds.source, funds.amount.setScale(2), funds.description);
    }
}
