package se.rus.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.rus.reporting.draft.ReportDraft;
import se.rus.reporting.projection.FinanceProjection;
import se.rus.reporting.projection.ProjectedActivity;
import se.rus.reporting.projection.ProjectedArea;
import se.rus.reporting.projection.ProjectedAreaNote;
import se.rus.reporting.projection.ProjectedBudgetPost;
import se.rus.reporting.projection.ProjectedCoFinancing;
import se.rus.reporting.projection.ProjectedFinancialYear;
import se.rus.reporting.projection.ProjectedGoal;
import se.rus.reporting.projection.ProjectedLedgerEntry;
import se.rus.reporting.projection.ProjectedOutcome;
import se.rus.reporting.projection.ProjectedOutsideFunds;
import se.rus.reporting.projection.ProjectedPlan;
import se.rus.reporting.projection.ProjectedValuation;

/** The live report of a year: assembled from the projections once, then served from the cache. */
@ApplicationScoped
public class ReadingReport {

    @Inject
    ReportCache cache;

    @Inject
    FinanceProjection finance;

    public AssembledReport live(int year) {
        return cache.get(year, () -> assemble(year));
    }

    /** Nothing at all is known about the year: no plan, no texts, no figures, not even early events. */
    public static boolean isUnknown(AssembledReport assembled) {
        Report report = assembled.report();
        return assembled.looseEnds().isEmpty() && report.plan() == null && report.title() == null && report.areas().isEmpty()
                && report.goals().isEmpty() && report.economy().posts().isEmpty()
                && report.economy().appropriation() == null;
    }

    private AssembledReport assemble(int year) {
        ProjectionSnapshot snapshot = new ProjectionSnapshot(
                ProjectedPlan.list("year", year),
                ProjectedArea.list("year", year),
                ProjectedActivity.list("year", year),
                ProjectedOutcome.list("year", year),
                ProjectedAreaNote.list("year", year),
                ProjectedGoal.list("periodEnd", year),
                ProjectedValuation.list("periodEnd", year),
                ProjectedFinancialYear.findById(year),
                ProjectedBudgetPost.list("year", year),
                ProjectedLedgerEntry.list("year", year),
                ProjectedCoFinancing.list("year", year),
                ProjectedOutsideFunds.list("year", year),
                finance.coverage(year));
        Editorial editorial = ReportDraft.<ReportDraft>findByIdOptional(year)
                .map(ReportDraft::editorial).orElse(Editorial.NONE);
        return ReportAssembler.assemble(year, snapshot, editorial);
    }
}
