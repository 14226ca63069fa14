package se.rus.finance.cofinancing;

import java.math.BigDecimal;

/** What recording co-financing or noting outside funds takes: one source, its amount and what it is for. */
public record FundsContent(String source, BigDecimal amount, String description) {
}
