package se.rus.finance.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import se.rus.finance.cofinancing.CovererContent;
import se.rus.finance.cofinancing.FundsContent;
import se.rus.finance.cofinancing.RecordingFunds;
import se.rus.finance.ledger.EntryContent;
import se.rus.finance.ledger.LedgerEntry;
import se.rus.finance.ledger.RecordingLedgerEntry;
import se.rus.finance.post.KeepingBudgetPosts;
import se.rus.finance.post.PostContent;
import se.rus.finance.year.ChangingYear;
import se.rus.finance.year.FinancialYear;
import se.rus.finance.year.NewYear;
import se.rus.finance.year.OpeningYear;
import se.rus.finance.year.YearContent;
import se.rus.finance.year.YearStatus;
import se.rus.platform.web.ProblemException;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Use case: the working group loads a whole year in one transaction. Everything is matched by its
 * natural key (post name, entry externalRef, funds source), so the same document twice changes
 * nothing and publishes nothing; what is new is added with its event, what differs is changed
 * where the model allows change (year, posts, coverage) and refused (409) where it does not
 * (ledger entries and funds are never edited). A closed year accepts only an identical document.
 */
@ApplicationScoped
public class ImportingYear {

    public record Result(int year, boolean yearOpened, boolean yearChanged, int postsDefined, int postsChanged,
                         int entriesRecorded, int entriesUnchanged, int coFinancingRecorded,
                         int outsideFundsNoted, boolean deficitCoverageSet, boolean closed) {
    }

    @Inject
    OpeningYear openingYear;

    @Inject
    ChangingYear changingYear;

    @Inject
    KeepingBudgetPosts posts;

    @Inject
    RecordingLedgerEntry ledger;

    @Inject
    RecordingFunds funds;

    @Transactional
    public Result importYear(int yearNumber, ImportDocument document) {
        requireUniqueKeys(document);
        FinancialYear year = FinancialYear.<FinancialYear>find("year", yearNumber)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        boolean opened = year == null;
        boolean changed = false;
        if (opened) {
            year = openingYear.open(new NewYear(yearNumber, document.appropriationName(),
                    document.appropriation(), document.keyDistributed()));
        } else {
            long before = year.version;
            year = changingYear.apply(year, new YearContent(document.appropriationName(), document.appropriation(),
                    document.keyDistributed()));
            changed = year.version != before;
        }

        int postsDefined = 0;
        int postsChanged = 0;
        int entriesRecorded = 0;
        int entriesUnchanged = 0;
        Map<String, LedgerEntry> existing = LedgerEntry.byImportRefs(yearNumber, document.posts().stream()
                .flatMap(post -> orEmpty(post.entries()).stream()).map(ImportDocument.Entry::externalRef).toList());
        for (int i = 0; i < document.posts().size(); i++) {
            ImportDocument.Post doc = document.posts().get(i);
            KeepingBudgetPosts.Result post = posts.defineOrChange(year,
                    new PostContent(doc.name(), doc.budget(), doc.comment(), i + 1));
            switch (post.outcome()) {
                case DEFINED -> postsDefined++;
                case CHANGED -> postsChanged++;
                case UNCHANGED -> { }
            }
            List<ImportDocument.Entry> entries = orEmpty(doc.entries());
            for (int j = 0; j < entries.size(); j++) {
                ImportDocument.Entry entry = entries.get(j);
                boolean recorded = ledger.recordUnlessPresent(year, post.post(), new EntryContent(
                        post.post().id, entry.entryDate(), entry.amount(), entry.text(), blankToNull(entry.counterpart()),
                        entry.activityId(), entry.category(), entry.externalRef()),
                        "posts[" + i + "].entries[" + j + "]", existing.get(entry.externalRef()));
                if (recorded) {
                    entriesRecorded++;
                } else {
                    entriesUnchanged++;
                }
            }
        }

        int coFinancingRecorded = 0;
        List<ImportDocument.Funds> coFinancing = orEmpty(document.coFinancing());
        for (int i = 0; i < coFinancing.size(); i++) {
            ImportDocument.Funds doc = coFinancing.get(i);
            if (funds.recordCoFinancingUnlessPresent(year, new FundsContent(doc.source(), doc.amount(),
                    doc.description()), "coFinancing[" + i + "]")) {
                coFinancingRecorded++;
            }
        }
        int outsideNoted = 0;
        List<ImportDocument.Funds> outside = orEmpty(document.outsideFunds());
        for (int i = 0; i < outside.size(); i++) {
            ImportDocument.Funds doc = outside.get(i);
            if (funds.noteOutsideFundsUnlessPresent(year, new FundsContent(doc.source(), doc.amount(),
                    doc.description()), "outsideFunds[" + i + "]")) {
                outsideNoted++;
            }
        }
        boolean coverageSet = document.deficitCoverage() != null && funds.replaceCoverage(year,
                document.deficitCoverage().stream()
                        .map(c -> new CovererContent(c.coveredBy(), c.description())).toList())
                .isPresent();

        boolean closed = false;
        if (Boolean.TRUE.equals(document.close()) && year.status == YearStatus.OPEN) {
            changingYear.closeNow(year);
            closed = true;
        }
        return new Result(yearNumber, opened, changed, postsDefined, postsChanged, entriesRecorded, entriesUnchanged,
                coFinancingRecorded, outsideNoted, coverageSet, closed);
    }

    private static void requireUniqueKeys(ImportDocument document) {
        Set<String> names = new HashSet<>();
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < document.posts().size(); i++) {
            ImportDocument.Post post = document.posts().get(i);
            if (!names.add(post.name())) {
                throw ProblemException.invalid("posts[" + i + "].name", "förekommer två gånger: " + post.name());
            }
            List<ImportDocument.Entry> entries = orEmpty(post.entries());
            for (int j = 0; j < entries.size(); j++) {
                if (!refs.add(entries.get(j).externalRef())) {
                    throw ProblemException.invalid("posts[" + i + "].entries[" + j + "].externalRef",
                            "förekommer två gånger: " + entries.get(j).externalRef());
                }
            }
        }
        requireUniqueSources("coFinancing", orEmpty(document.coFinancing()));
        requireUniqueSources("outsideFunds", orEmpty(document.outsideFunds()));
    }

    private static void requireUniqueSources(String field, List<ImportDocument.Funds> funds) {
        Set<String> sources = new HashSet<>();
        for (int i = 0; i < funds.size(); i++) {
            if (!sources.add(funds.get(i).source())) {
                throw ProblemException.invalid(field + "[" + i + "].source", "förekommer två gånger: " + funds.get(i).source());
            }
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
