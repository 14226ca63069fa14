package se.rus.reporting.projection;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import se.rus.platform.text.TextBlock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The parts of rus.finance.v1 payloads (EVENTS.md) the report needs. */
public final class FinancePayloads {

    public static final String TOPIC = "rus.finance.v1";
    static final String PREFIX = "se.rus.finance.";

    private FinancePayloads() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FinancialYearState(UUID id, int year, String appropriationName, BigDecimal appropriation,
                                     BigDecimal keyDistributed, String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BudgetPostState(UUID id, int year, int position, String name, BigDecimal budget,
                                  List<TextBlock> comment) {
        public BudgetPostState {
            Required.present(id, "id");
            Required.present(name, "name");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LedgerEntryState(UUID id, int year, UUID postId, String postName, LocalDate entryDate,
                                   BigDecimal amount, String text, String counterpart, UUID activityId,
                                   String category) {
        public LedgerEntryState {
            Required.present(id, "id");
            Required.present(amount, "amount");
        }
    }

    /** Both co-financing and outside funds have this shape. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FundsState(UUID id, int year, String source, BigDecimal amount, String description) {
        public FundsState {
            Required.present(id, "id");
            Required.present(source, "source");
            Required.present(amount, "amount");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeficitCoverageState(int year, List<Coverer> coverers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Coverer(int position, String coveredBy, String description) {
        public Coverer {
            Required.present(coveredBy, "coveredBy");
        }
    }
}
