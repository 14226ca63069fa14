package se.rus.finance.year;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.util.UUID;

/** Topic and event types of {@code rus.finance.v1}; each aggregate keeps its payload record beside it. */
public final class FinanceEvents {

    public static final String TOPIC = "rus.finance.v1";
    public static final String YEAR_OPENED = "se.rus.finance.FinancialYearOpened.v1";
    public static final String YEAR_CHANGED = "se.rus.finance.FinancialYearChanged.v1";
    public static final String YEAR_CLOSED = "se.rus.finance.FinancialYearClosed.v1";
    public static final String POST_DEFINED = "se.rus.finance.BudgetPostDefined.v1";
    public static final String POST_CHANGED = "se.rus.finance.BudgetPostChanged.v1";
    public static final String POST_REMOVED = "se.rus.finance.BudgetPostRemoved.v1";
    public static final String LEDGER_ENTRY_RECORDED = "se.rus.finance.LedgerEntryRecorded.v1";
    public static final String CO_FINANCING_RECORDED = "se.rus.finance.CoFinancingRecorded.v1";
    public static final String OUTSIDE_FUNDS_NOTED = "se.rus.finance.OutsideFundsNoted.v1";
    public static final String DEFICIT_COVERAGE_SET = "se.rus.finance.DeficitCoverageSet.v1";

    private FinanceEvents() {
    }

    public record YearState(UUID id, int year, String appropriationName,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal appropriation,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal keyDistributed,
                            YearStatus status) {

        public static YearState of(FinancialYear year) {
            return new YearState(year.id, year.year, year.appropriationName, year.appropriation.setScale(2),
                    year.keyDistributed.setScale(2), year.status);
        }
    }
}
