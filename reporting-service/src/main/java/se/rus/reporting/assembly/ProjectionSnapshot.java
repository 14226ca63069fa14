package se.rus.reporting.assembly;

import se.rus.reporting.projection.AreaDays;
import se.rus.reporting.projection.FinancePayloads.Coverer;
import se.rus.reporting.projection.LedgerTotal;
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

import java.util.List;

/**
 * Everything the projections hold about one report year, read in one go: {@code goals} are those of the
 * period containing the year, {@code valuations} every record of those goals and of their predecessors.
 * The ledger comes as its running totals per post reference ({@code ledger}); single entries only where
 * they are loose ends ({@code unpostedEntries}: entries whose post is not known, one check each).
 * {@code previousYear} holds what the comparison columns need of year − 1 (null when not read).
 */
public record ProjectionSnapshot(
        List<ProjectedPlan> plans,
        List<ProjectedArea> areas,
        List<ProjectedActivity> activities,
        List<ProjectedOutcome> outcomes,
        List<ProjectedAreaNote> areaNotes,
        List<ProjectedGoal> goals,
        List<ProjectedValuation> valuations,
        ProjectedFinancialYear financialYear,
        List<ProjectedBudgetPost> posts,
        List<LedgerTotal> ledger,
        List<ProjectedLedgerEntry> unpostedEntries,
        List<ProjectedCoFinancing> coFinancing,
        List<ProjectedOutsideFunds> outsideFunds,
        List<Coverer> deficitCoverage,
        ComparisonYear previousYear) {

    /** A snapshot of rows held in memory, with every ledger entry: the totals are summed from them here. */
    public ProjectionSnapshot(List<ProjectedPlan> plans, List<ProjectedArea> areas, List<ProjectedActivity> activities,
                              List<ProjectedOutcome> outcomes, List<ProjectedAreaNote> areaNotes,
                              List<ProjectedGoal> goals, List<ProjectedValuation> valuations,
                              ProjectedFinancialYear financialYear, List<ProjectedBudgetPost> posts,
                              List<ProjectedLedgerEntry> entries, List<ProjectedCoFinancing> coFinancing,
                              List<ProjectedOutsideFunds> outsideFunds, List<Coverer> deficitCoverage,
                              ProjectionSnapshot previousYear) {
        this(plans, areas, activities, outcomes, areaNotes, goals, valuations, financialYear, posts,
                LedgerTotal.of(entries), entries, coFinancing, outsideFunds, deficitCoverage,
                previousYear == null ? null : new ComparisonYear(previousYear.areas(),
                        AreaDays.of(previousYear.activities()), previousYear.posts(), previousYear.ledger()));
    }

    /** What a report reads of year − 1: its areas and posts with their planned days and outcomes, as totals. */
    public record ComparisonYear(List<ProjectedArea> areas, List<AreaDays> plannedDays,
                                 List<ProjectedBudgetPost> posts, List<LedgerTotal> ledger) {
    }
}
