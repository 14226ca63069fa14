package se.rus.planning.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import se.rus.planning.common.BusinessRules;
import se.rus.platform.persistence.VersionedEntity;
import se.rus.platform.web.ProblemException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A three-year goal (treårsmål) of a period, for one area, in the area's order. */
@Entity
public class Goal extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "period_start", nullable = false)
    public int periodStart;

    @Column(name = "period_end", nullable = false)
    public int periodEnd;

    @Column(name = "area_name", nullable = false)
    public String areaName;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String text;

    /** The goal of the directly previous period that this one continues, or null. */
    @Column(name = "predecessor_id")
    public UUID predecessorId;

    public Period period() {
        return new Period(periodStart, periodEnd);
    }

    public static List<Goal> ofPeriod(Period period) {
        return list("periodStart = ?1 and periodEnd = ?2 order by areaName, position", period.start(), period.end());
    }

    /**
     * The goals of a period in report order: areas as ordered in the latest plan of the period (its last year's
     * once that exists, the first year's in the period's first year; areas that plan lacks come last, by name),
     * then each area's goals by position.
     */
    @SuppressWarnings("unchecked")
    public static List<Goal> inReportOrder(Period period, String areaName) {
        var query = getEntityManager().createNativeQuery("SELECT g.* FROM goal g "
                        + "LEFT JOIN plan p ON p.year = (SELECT max(l.year) FROM plan l WHERE l.year BETWEEN :start AND :end) "
                        + "LEFT JOIN area a ON a.plan_id = p.id AND a.name = g.area_name "
                        + "WHERE g.period_start = :start AND g.period_end = :end"
                        + (areaName == null ? "" : " AND g.area_name = :areaName")
                        + " ORDER BY a.position NULLS LAST, g.area_name, g.position", Goal.class)
                .setParameter("start", period.start())
                .setParameter("end", period.end());
        if (areaName != null) {
            query.setParameter("areaName", areaName);
        }
        return query.getResultList();
    }

    public static List<Goal> ofArea(Period period, String areaName) {
        return list("periodStart = ?1 and periodEnd = ?2 and areaName = ?3 order by position",
                period.start(), period.end(), areaName);
    }

    public static Optional<Goal> findByText(Period period, String areaName, String text) {
        return find("periodStart = ?1 and periodEnd = ?2 and areaName = ?3 and text = ?4",
                period.start(), period.end(), areaName, text).firstResultOptional();
    }

    public static Goal require(Period period, UUID id) {
        return Goal.<Goal>find("id = ?1 and periodStart = ?2 and periodEnd = ?3", id, period.start(), period.end())
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Det finns inget mål " + id + " i perioden " + period));
    }

    /**
     * A predecessor must be a goal of the directly previous period (its periodEnd is this period's start − 1), so
     * the report can take the previous valuation from the predecessor's final one.
     */
    public static void requirePredecessor(Period period, UUID predecessorId, String field) {
        if (predecessorId == null) {
            return;
        }
        Goal predecessor = Goal.<Goal>findByIdOptional(predecessorId).orElseThrow(() -> BusinessRules.violated(field,
                "det finns inget mål " + predecessorId));
        if (predecessor.periodEnd != period.start() - 1) {
            throw BusinessRules.violated(field, "föregångaren måste vara ett mål i perioden som slutar "
                    + (period.start() - 1) + ", men målet hör till perioden " + predecessor.period());
        }
    }

    /** The goal of the directly previous period with this area name and text, for documents written by hand. */
    public static Goal requirePredecessorNamed(Period period, String areaName, String text, String field) {
        List<Goal> matches = list("periodEnd = ?1 and areaName = ?2 and text = ?3", period.start() - 1, areaName, text);
        if (matches.size() != 1) {
            throw BusinessRules.violated(field, matches.isEmpty()
                    ? "det finns inget mål med detta område och denna text i perioden som slutar " + (period.start() - 1)
                    : "flera mål i perioder som slutar " + (period.start() - 1) + " har detta område och denna text; ange predecessorId");
        }
        return matches.get(0);
    }

    /** A goal that a goal of the next period continues is kept: removing the link first makes the loss explicit. */
    public static void requireNotContinued(Goal goal) {
        long successors = count("predecessorId", goal.id);
        if (successors > 0) {
            throw ProblemException.conflict("Målet fortsätts av " + successors + " mål i nästa period; "
                    + "ta först bort deras predecessorId");
        }
    }
}
