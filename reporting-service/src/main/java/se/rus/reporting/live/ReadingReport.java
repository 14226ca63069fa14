package se.rus.reporting.live;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import se.rus.platform.web.ProblemException;
import se.rus.reporting.assembly.AssembledReport;
import se.rus.reporting.assembly.AssemblingReport;
import se.rus.reporting.model.ReportStatus;
import se.rus.reporting.projection.ReadModelVersions;


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
    AssemblingReport assembling;

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
        return new YearState(approved, !approved && everApproved, row[1] == null ? 0 : ((Number) row[1]).longValue());
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
            return assembling.assemble(year);
        }));
    }

    /**
     * A year has a report once its plan is known: without one there is nothing to report on (404), even
     * when early figures have arrived. An approved year is served from its versions instead.
     */
    public static boolean hasNoPlan(AssembledReport assembled) {
        return assembled.report().plan() == null;
    }

    public static ProblemException noReport(int year) {
        return ProblemException.notFound("Det finns ingen verksamhetsberättelse " + year
                + ": ingen verksamhetsplan är känd för året");
    }
}
