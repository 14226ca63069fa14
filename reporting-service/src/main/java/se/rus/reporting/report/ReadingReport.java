package se.rus.reporting.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import se.rus.reporting.draft.ReportDraft;
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
import se.rus.reporting.projection.ReadModelVersions;
import se.rus.reporting.projection.RunningTotals;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The live report of a year: served from the cache while the year's read-model version is unchanged, else
 * assembled from the projections and their running totals, never from all of a year's ledger entries.
 */
@ApplicationScoped
public class ReadingReport {

    @Inject
    ReportCache cache;

    @Inject
    ReadModelVersions versions;

    @Inject
    FinanceProjection finance;

    @Inject
    RunningTotals totals;

    @Inject
    EntityManager entityManager;

    /** Whether a year's report is approved or re-opened after an approval, and the read-model version of its live report. */
    public record YearState(boolean approved, boolean reopened, long version) {
    }

    /** Both in one statement: what every read of a report asks first. */
    public YearState stateOf(int year) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        SELECT l.status, v.version, l.latest_version FROM (SELECT CAST(:year AS integer) AS year) y
                        LEFT JOIN report_lifecycle l ON l.year = y.year
                        LEFT JOIN read_model_version v ON v.year = y.year""")
                .setParameter("year", year).getSingleResult();
        boolean approved = ReportStatus.APPROVED.name().equals(row[0]);
        boolean everApproved = row[2] != null && ((Number) row[2]).intValue() > 0;
        return new YearState(approved, !approved && everApproved,
                row[1] == null ? 0 : ((Number) row[1]).longValue());
    }

    /** One query for the version; the projections are read only when the cache has no entry for it. */
    public CachedReport live(int year) {
        return live(year, versions.current(year));
    }

    /**
     * The live report of the version the caller read. A read served from the cache needs no transaction; an
     * assembly runs in a read-only one of its own, so the thousands of projection rows a large year has are
     * loaded without snapshots and never dirty-checked (a 2 000-activity year: ~300 ms an assembly before).
     */
    public CachedReport live(int year, long version) {
        return cache.get(year, version, () -> QuarkusTransaction.requiringNew().call(() -> {
            Session session = entityManager.unwrap(Session.class);
            session.setDefaultReadOnly(true);
            session.setHibernateFlushMode(FlushMode.MANUAL);
            return assemble(year);
        }));
    }

    /**
     * A year has a report once its plan is known: without one there is nothing to report on (404), even
     * when early figures have arrived. An approved year is served from its versions instead.
     */
    public static boolean hasNoPlan(AssembledReport assembled) {
        return assembled.report().plan() == null;
    }

    private AssembledReport assemble(int year) {
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
