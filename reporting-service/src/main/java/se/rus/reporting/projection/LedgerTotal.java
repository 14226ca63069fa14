package se.rus.reporting.projection;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The ledger entries of a year that name the same post (by id and name): their sum and how many they are. */
public record LedgerTotal(UUID postId, String postName, BigDecimal outcome, long entries) {

    /** The totals of entries held in memory, in the order their post references first occur. */
    public static List<LedgerTotal> of(List<ProjectedLedgerEntry> entries) {
        Map<List<Object>, LedgerTotal> totals = new LinkedHashMap<>();
        for (ProjectedLedgerEntry entry : entries) {
            totals.merge(Arrays.asList(entry.postId, entry.postName),
                    new LedgerTotal(entry.postId, entry.postName, entry.amount, 1),
                    (a, b) -> new LedgerTotal(a.postId, a.postName, a.outcome.add(b.outcome), a.entries + b.entries));
        }
        return List.copyOf(totals.values());
    }
}
