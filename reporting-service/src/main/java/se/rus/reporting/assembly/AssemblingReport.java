package se.rus.reporting.assembly;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.rus.reporting.model.Editorial;
import se.rus.reporting.model.ReportDraft;
import se.rus.reporting.projection.FinanceProjection;
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
import se.rus.reporting.projection.RunningTotals;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Use case: the live report of a year, assembled from the projections and their running totals (never from all
 * of a year's ledger entries) and the working group's texts. The caller holds the transaction.
 */
@ApplicationScoped
public class AssemblingReport {

    @Inject
    FinanceProjection finance;

    @Inject
    RunningTotals totals;

    /** The report of a year as the projections and the draft's texts hold it now. */
    public AssembledReport assemble(int year) {
        Editorial editorial = ReportDraft.<ReportDraft>findByIdOptional(year)
                .map(ReportDraft::editorial).orElse(Editorial.NONE);
        return ReportAssembler.assemble(year, read(year), editorial);
    }

    private ProjectionSnapshot read(int year) {
        List<ProjectedGoal> goals = ProjectedGoal.list("periodStart <= ?1 and periodEnd >= ?1", year);
        List<ProjectedValuation> valuations = new ArrayList<>(
                ProjectedValuation.<ProjectedValuation>list("periodStart <= ?1 and periodEnd >= ?1", year));
        List<UUID> predecessors = goals.stream().map(g -> g.predecessorId).filter(Objects::nonNull).toList();
        if (!predecessors.isEmpty()) {
            valuations.addAll(ProjectedValuation.list("goalId in ?1", predecessors));
        }
        List<ProjectedBudgetPost> posts = ProjectedBudgetPost.list("year", year);
        List<LedgerTotal> ledger = totals.ledger(year);
        return new ProjectionSnapshot(
                ProjectedPlan.list("year", year),
                ProjectedArea.list("year", year),
                ProjectedActivity.list("year", year),
                ProjectedOutcome.list("year", year),
                ProjectedAreaNote.list("year", year),
                goals,
                valuations,
                ProjectedFinancialYear.findById(year),
                posts,
                ledger,
                unpostedEntries(year, PostReferences.of(posts), ledger),
                ProjectedCoFinancing.list("year", Sort.ascending("arrival"), year),
                ProjectedOutsideFunds.list("year", Sort.ascending("arrival"), year),
                finance.coverage(year),
                new ProjectionSnapshot.ComparisonYear(ProjectedArea.list("year", year - 1), totals.plannedDays(year - 1),
                        ProjectedBudgetPost.list("year", year - 1), totals.ledger(year - 1)));
    }

    /**
     * The entries behind the totals whose post is not known, each a loose end of its own; none are read while
     * every total has its post, as it has once the finance events of the year have all arrived.
     */
    private static List<ProjectedLedgerEntry> unpostedEntries(int year, PostReferences posts, List<LedgerTotal> ledger) {
        List<ProjectedLedgerEntry> entries = new ArrayList<>();
        for (LedgerTotal total : ledger) {
            if (posts.postOf(total.postId(), total.postName()) == null) {
                Parameters reference = Parameters.with("year", year);
                String query = "year = :year";
                if (total.postId() == null) {
                    query += " and postId is null";
                } else {
                    query += " and postId = :postId";
                    reference.and("postId", total.postId());
                }
                if (total.postName() == null) {
                    query += " and postName is null";
                } else {
                    query += " and postName = :postName";
                    reference.and("postName", total.postName());
                }
                entries.addAll(ProjectedLedgerEntry.list(query, reference));
            }
        }
        return entries;
    }
}
