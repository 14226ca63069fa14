package se.rus.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;

import java.util.List;

/**
 * The read model's version per report year (table read_model_version): bumped in the transaction that changes
 * what the year's report shows, so a report cached under a version is valid exactly while the version is
 * current, on every reporting instance, with no message between them.
 */
@ApplicationScoped
public class ReadModelVersions {

    @Inject
    EntityManager entityManager;

    /** The current version of a year; 0 while nothing has touched it. One primary-key lookup. */
    public long current(int year) {
        List<?> rows = entityManager.createNativeQuery("SELECT version FROM read_model_version WHERE year = :year")
                .setParameter("year", year).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void bump(int year) {
        // its own query space: the version row needs no flush of the projection rows before it
        entityManager.createNativeQuery("INSERT INTO read_model_version AS v (year, version) VALUES (:year, 1) "
                        + "ON CONFLICT (year) DO UPDATE SET version = v.version + 1")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("read_model_version")
                .setParameter("year", year).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void bump(AffectedYears affected) {
        affected.years().forEach(this::bump);
    }

    /** After the projections were emptied: every year known so far has changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bumpAll() {
        // locked in ascending order like every event's bump, so the two cannot deadlock
        entityManager.createNativeQuery("UPDATE read_model_version v SET version = v.version + 1 "
                + "FROM (SELECT year FROM read_model_version ORDER BY year FOR UPDATE) locked WHERE v.year = locked.year")
                .executeUpdate();
    }
}
