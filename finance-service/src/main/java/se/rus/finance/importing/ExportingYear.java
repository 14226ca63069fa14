package se.rus.finance.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.rus.finance.cofinancing.CoFinancing;
import se.rus.finance.cofinancing.DeficitCoverage;
import se.rus.finance.cofinancing.FundsRecord;
import se.rus.finance.cofinancing.OutsideFunds;
import se.rus.finance.ledger.LedgerEntry;
import se.rus.finance.post.BudgetPost;
import se.rus.finance.year.FinancialYear;
import se.rus.finance.year.YearStatus;

import java.util.List;

/**
 * Use case: write a financial year out as the document {@link ImportingYear} reads, so that importing the export
 * restores the year (into this database or an empty one) and exporting again gives the same document. Posts in
 * their positions, each post's entries in the order they were recorded, funds as listed, coverage in its order.
 * An entry recorded without an externalRef gets its id as one, since the import matches entries by it.
 */
@ApplicationScoped
public class ExportingYear {

    @Transactional
    public ImportDocument export(int yearNumber) {
        FinancialYear year = FinancialYear.require(yearNumber);
        List<ImportDocument.Post> posts = BudgetPost.ofYear(yearNumber).stream()
                .map(post -> new ImportDocument.Post(post.name, post.budget, List.copyOf(post.comment),
                        LedgerEntry.<LedgerEntry>list("postId = ?1 order by seq", post.id).stream()
                                .map(ExportingYear::entry).toList()))
                .toList();
        List<ImportDocument.Coverer> coverage = DeficitCoverage.coverersOf(yearNumber).stream()
                .map(c -> new ImportDocument.Coverer(c.coveredBy(), c.description())).toList();
        return new ImportDocument(year.appropriationName, year.appropriation, year.keyDistributed, posts,
                funds(CoFinancing.ofYear(yearNumber)), funds(OutsideFunds.ofYear(yearNumber)), coverage,
                year.status == YearStatus.CLOSED);
    }

    private static ImportDocument.Entry entry(LedgerEntry entry) {
        return new ImportDocument.Entry(entry.externalRef == null ? entry.id.toString() : entry.externalRef,
                entry.entryDate, entry.amount, entry.text, entry.counterpart, entry.activityId, entry.category);
    }

    private static List<ImportDocument.Funds> funds(List<? extends FundsRecord> records) {
        return records.stream().map(f -> new ImportDocument.Funds(f.source, f.amount, f.description)).toList();
    }
}
