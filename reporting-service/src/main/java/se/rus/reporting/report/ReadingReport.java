package se.rus.reporting.report;

import io.quarkus.panache.common.Sort;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

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

    /**
     * A year has a report once its plan is known: without one there is nothing to report on (404), even
     * when early figures have arrived. An approved year is served from its versions instead.
     */
    public static boolean hasNoPlan(AssembledReport assembled) {
        return assembled.report().plan() == null;
    }

    private AssembledReport assemble(int year) {
        ProjectionSnapshot snapshot = read(year, read(year - 1, null));
        Editorial editorial = ReportDraft.<ReportDraft>findByIdOptional(year)
                .map(ReportDraft::editorial).orElse(Editorial.NONE);
        return ReportAssembler.assemble(year, snapshot, editorial);
    }

    private ProjectionSnapshot read(int year, ProjectionSnapshot previousYear) {
        List<ProjectedGoal> goals = ProjectedGoal.list("periodStart <= ?1 and periodEnd >= ?1", year);
        List<ProjectedValuation> valuations = new ArrayList<>(
                ProjectedValuation.<ProjectedValuation>list("periodStart <= ?1 and periodEnd >= ?1", year));
        List<UUID> predecessors = goals.stream().map(g -> g.predecessorId).filter(Objects::nonNull).toList();
        if (!predecessors.isEmpty()) {
            valuations.addAll(ProjectedValuation.list("goalId in ?1", predecessors));
        }
        return new ProjectionSnapshot(
                ProjectedPlan.list("year", year),
                ProjectedArea.list("year", year),
                ProjectedActivity.list("year", year),
                ProjectedOutcome.list("year", year),
                ProjectedAreaNote.list("year", year),
                goals,
                valuations,
                ProjectedFinancialYear.findById(year),
                ProjectedBudgetPost.list("year", year),
                ProjectedLedgerEntry.list("year", year),
                ProjectedCoFinancing.list("year", Sort.ascending("arrival"), year),
                ProjectedOutsideFunds.list("year", Sort.ascending("arrival"), year),
                finance.coverage(year),
                previousYear);
    }
}
