package se.rus.finance.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import se.rus.platform.web.ProblemException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** One line of the append-only ledger (utfall); a correction is a new entry, never an edit. */
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntry extends PanacheEntityBase {

    /** Immutable, so every entry has this one version as its ETag. */
    public static final long VERSION = 1;

    /**
     * An entry's amount in the contract: signed (a correction is negative), at most 13 digits and two decimals.
     * Written out because the pattern the OpenAPI scanner derives from {@code @Digits} has no minus sign.
     */
    public static final String AMOUNT_PATTERN = "^-?\\d{1,13}([.]\\d{1,2})?$";

    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(nullable = false)
    public int year;

    @Column(name = "post_id", nullable = false)
    public UUID postId;

    @Column(name = "entry_date", nullable = false)
    public LocalDate entryDate;

    @Column(nullable = false, precision = 15, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false)
    public String text;

    public String counterpart;

    @Column(name = "activity_id")
    public UUID activityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntryCategory category;

    @Column(name = "external_ref")
    public String externalRef;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    public static Optional<LedgerEntry> findByExternalRef(int year, String externalRef) {
        return find("year = ?1 and externalRef = ?2", year, externalRef).firstResultOptional();
    }

    /**
     * The import's matches, by reference, in one query for a whole document: the entry with that externalRef or, for
     * an entry recorded without one, the entry whose id the reference is (an export writes such an entry's id as its
     * externalRef, so re-importing an export finds it instead of recording it twice).
     */
    public static java.util.Map<String, LedgerEntry> byImportRefs(int year, java.util.Collection<String> refs) {
        if (refs.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.List<UUID> ids = refs.stream().map(LedgerEntry::idOrNull).filter(java.util.Objects::nonNull).toList();
        return LedgerEntry.<LedgerEntry>list("year = ?1 and (externalRef in ?2 or (externalRef is null and id in ?3))",
                        year, refs, ids.isEmpty() ? java.util.List.of(new UUID(0, 0)) : ids).stream()
                .collect(java.util.stream.Collectors.toMap(
                        entry -> entry.externalRef != null ? entry.externalRef : entry.id.toString(), entry -> entry));
    }

    private static UUID idOrNull(String ref) {
        try {
            return UUID.fromString(ref);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** An entry with the name of its post. */
    public record Named(LedgerEntry entry, String postName) {
    }

    /** The entry of this year and its post's name, read in one statement, or 404. */
    public static Named requireNamed(int year, UUID id) {
        return getEntityManager().createQuery("select e, p.name from LedgerEntry e join BudgetPost p on p.id = e.postId "
                        + "where e.id = :id and e.year = :year", Object[].class)
                .setParameter("id", id).setParameter("year", year).getResultStream()
                .map(row -> new Named((LedgerEntry) row[0], (String) row[1])).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Verifikationen " + id + " finns inte för " + year));
    }
}
