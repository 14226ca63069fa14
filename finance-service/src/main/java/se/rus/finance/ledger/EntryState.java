package se.rus.finance.ledger;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** Payload of LedgerEntryRecorded. */
public record EntryState(UUID id, int year, UUID postId, String postName, LocalDate entryDate,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String text,
                         String counterpart, UUID activityId, EntryCategory category) {

    public static EntryState of(LedgerEntry entry, String postName) {
        return new EntryState(entry.id, entry.year, entry.postId, postName, entry.entryDate,
                entry.amount.setScale(2), entry.text, entry.counterpart, entry.activityId, entry.category);
    }
}
