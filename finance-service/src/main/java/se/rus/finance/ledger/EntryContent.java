package se.rus.finance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What recording an entry in the ledger takes, from the API or the import. */
public record EntryContent(UUID postId, LocalDate entryDate, BigDecimal amount, String text, String counterpart,
                           UUID activityId, EntryCategory category, String externalRef) {
}
