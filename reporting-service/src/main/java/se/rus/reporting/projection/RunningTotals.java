package se.rus.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The sums kept as events arrive (proj_ledger_total, proj_area_days), changed in the transaction of the row they
 * sum: a row's old state is taken out and its new state added, so a later state of the same entry or activity
 * moves its amount instead of counting it twice. A reference whose last row is gone is deleted. An amount is
 * rounded as its row's column rounds it, so the totals stay the sums of what the rows hold.
 */
@ApplicationScoped
public class RunningTotals {

    private static final String ADD_ENTRY = """
            INSERT INTO proj_ledger_total AS t (year, post_id, post_name, outcome, entries)
            VALUES (:year, :reference, :name, CAST(:amount AS numeric(15,2)), :count)
            ON CONFLICT ON CONSTRAINT proj_ledger_total_key
            DO UPDATE SET outcome = t.outcome + excluded.outcome, entries = t.entries + excluded.entries""";
    private static final String ADD_ACTIVITY = """
            INSERT INTO proj_area_days AS t (year, area_id, area_name, planned_days, activities)
            VALUES (:year, :reference, :name, CAST(:amount AS numeric(9,2)), :count)
            ON CONFLICT ON CONSTRAINT proj_area_days_key
            DO UPDATE SET planned_days = t.planned_days + excluded.planned_days,
                          activities = t.activities + excluded.activities""";

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    void addEntry(int year, UUID postId, String postName, BigDecimal amount) {
        change(ADD_ENTRY, year, postId, postName, amount, 1);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void removeEntry(ProjectedLedgerEntry old) {
        change(ADD_ENTRY, old.year, old.postId, old.postName, old.amount.negate(), -1);
        deleteEmpty("DELETE FROM proj_ledger_total WHERE year = :year AND entries = 0", old.year);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void addActivity(int year, UUID areaId, String areaName, BigDecimal plannedDays) {
        change(ADD_ACTIVITY, year, areaId, areaName, plannedDays, 1);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void removeActivity(ProjectedActivity old) {
        change(ADD_ACTIVITY, old.year, old.areaId, old.areaName, old.plannedDays.negate(), -1);
        deleteEmpty("DELETE FROM proj_area_days WHERE year = :year AND activities = 0", old.year);
    }

    /** The ledger totals of a year: a few rows per post, however many entries the year has. */
    public List<LedgerTotal> ledger(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT post_id, post_name, outcome, entries FROM proj_ledger_total WHERE year = :year")
                .setParameter("year", year).getResultList();
        return rows.stream().map(row -> new LedgerTotal((UUID) row[0], (String) row[1], (BigDecimal) row[2],
                ((Number) row[3]).longValue())).toList();
    }

    /** The planned days of a year per area reference of its activities. */
    public List<AreaDays> plannedDays(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT area_id, area_name, planned_days, activities FROM proj_area_days WHERE year = :year")
                .setParameter("year", year).getResultList();
        return rows.stream().map(row -> new AreaDays((UUID) row[0], (String) row[1], (BigDecimal) row[2],
                ((Number) row[3]).longValue())).toList();
    }

    /**
     * Typed parameters: a reference may be null, and PostgreSQL needs the type of a null uuid. The sums are no
     * entity: naming their tables as the query spaces spares a flush of every pending projection row (which a
     * batch of events would otherwise pay once per event).
     */
    private void change(String sql, int year, UUID reference, String name, BigDecimal amount, int count) {
        entityManager.createNativeQuery(sql).unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("proj_ledger_total").addSynchronizedQuerySpace("proj_area_days")
                .setParameter("year", year)
                .setParameter("reference", reference, UUID.class)
                .setParameter("name", name, String.class)
                .setParameter("amount", amount, BigDecimal.class)
                .setParameter("count", count)
                .executeUpdate();
    }

    /** Only the reference just emptied can be at zero: every other one was deleted when it was emptied. */
    private void deleteEmpty(String sql, int year) {
        entityManager.createNativeQuery(sql).unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("proj_ledger_total").addSynchronizedQuerySpace("proj_area_days")
                .setParameter("year", year).executeUpdate();
    }
}
