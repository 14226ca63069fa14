package se.rus.finance.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.finance.post.BudgetPost;
import se.rus.finance.year.FinanceEvents;
import se.rus.finance.year.FinancialYear;
import se.rus.finance.year.YearStatus;
import se.rus.platform.events.EventPublisher;
import se.rus.platform.security.CurrentActor;
import se.rus.platform.web.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Use case: the working group records an outcome (utfall) on a post of an open year. */
@ApplicationScoped
public class RecordingLedgerEntry {

    @Inject
    EventPublisher events;

    @Inject
    CurrentActor actor;

    @Transactional
    public LedgerEntry record(int yearNumber, EntryContent entry) {
        FinancialYear year = FinancialYear.requireOpen(yearNumber);
        requireInsideYear("entryDate", entry.entryDate(), yearNumber);
        BudgetPost post = BudgetPost.<BudgetPost>findByIdOptional(entry.postId()).filter(p -> p.year == yearNumber)
                .orElseThrow(() -> ProblemException.unprocessable(
                        "postId " + entry.postId() + " är ingen budgetpost för " + yearNumber));
        if (entry.externalRef() != null && LedgerEntry.findByExternalRef(yearNumber, entry.externalRef()).isPresent()) {
            throw ProblemException.conflict("externalRef " + entry.externalRef() + " är redan bokförd för " + yearNumber);
        }
        return append(year, post, entry, true);
    }

    /**
     * The import's match by externalRef: an identical entry is left alone (false), a new one is
     * appended (true), and a different entry under a known reference is refused, since nothing is edited.
     * The caller looked up {@code existing} (the year's entry under this reference, or null) with all the
     * document's references at once, under the year's write lock, so no concurrent entry can take the reference;
     * nothing is flushed per entry: a query or flush per entry would make the session check every entity it
     * holds each time, quadratic in the document's size.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordUnlessPresent(FinancialYear year, BudgetPost post, EntryContent entry, String field,
                                       LedgerEntry existing) {
        requireInsideYear(field + ".entryDate", entry.entryDate(), year.year);
        if (existing != null) {
            if (!sameAs(existing, post, entry)) {
                throw ProblemException.conflict("externalRef " + entry.externalRef()
                        + " är redan bokförd med annat innehåll; rätta med en ny verifikation");
            }
            return false;
        }
        if (year.status == YearStatus.CLOSED) {
            throw ProblemException.conflict("Räkenskapsåret " + year.year + " är stängt");
        }
        append(year, post, entry, false);
        return true;
    }

    /** {@code flush}: a single POST flushes at once, so a reference taken meanwhile is its 409, not a failed commit. */
    private LedgerEntry append(FinancialYear year, BudgetPost post, EntryContent entry, boolean flush) {
        LedgerEntry recorded = new LedgerEntry();
        recorded.id = UUID.randomUUID();
        recorded.year = year.year;
        recorded.postId = post.id;
        recorded.entryDate = entry.entryDate();
        recorded.amount = entry.amount();
        recorded.text = entry.text();
        recorded.counterpart = entry.counterpart();
        recorded.activityId = entry.activityId();
        recorded.category = entry.category();
        recorded.externalRef = entry.externalRef();
        recorded.recordedAt = Instant.now();
        recorded.recordedBy = actor.get().subject();
        if (flush) {
            recorded.persistAndFlush();
        } else {
            recorded.persist();
        }
        events.publish(FinanceEvents.TOPIC, year.key(), FinanceEvents.LEDGER_ENTRY_RECORDED, recorded.id.toString(),
                EntryState.of(recorded, post.name));
        return recorded;
    }

    private static boolean sameAs(LedgerEntry existing, BudgetPost post, EntryContent entry) {
        return existing.postId.equals(post.id)
                && existing.entryDate.equals(entry.entryDate())
                && existing.amount.compareTo(entry.amount()) == 0
                && existing.text.equals(entry.text())
                && Objects.equals(existing.counterpart, entry.counterpart())
                && Objects.equals(existing.activityId, entry.activityId())
                && existing.category == entry.category();
    }

    private static void requireInsideYear(String field, LocalDate date, int year) {
        if (date.getYear() != year) {
            throw ProblemException.invalid(field, "måste vara ett datum under " + year);
        }
    }
}
