package se.rus.reporting.report;

import se.rus.reporting.projection.FinancePayloads.Coverer;
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
 * period containing the year, {@code valuations} every record of those goals and of their predecessors,
 * and {@code previousYear} the same for year − 1 (null when not read), for the comparison columns.
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
        List<ProjectedLedgerEntry> entries,
        List<ProjectedCoFinancing> coFinancing,
        List<ProjectedOutsideFunds> outsideFunds,
        List<Coverer> deficitCoverage,
        ProjectionSnapshot previousYear) {
}
