package se.rus.reporting.rebuild;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.rus.reporting.projection.FinanceProjection;
import se.rus.reporting.projection.FollowupProjection;
import se.rus.reporting.projection.PlanningProjection;
import se.rus.reporting.projection.ReadModelVersions;

import java.util.List;

/**
 * Empties every projection and its running totals and forgets the events that built them, so a replay applies
 * them all again and recomputes the totals as it goes.
 */
@ApplicationScoped
public class ClearingProjections {

    static final List<String> TABLES = List.of("proj_plan", "proj_area", "proj_activity", "proj_goal", "proj_outcome",
            "proj_area_note", "proj_valuation", "proj_financial_year", "proj_budget_post", "proj_ledger_entry",
            "proj_co_financing", "proj_outside_funds", "proj_deficit_coverage", "proj_ledger_total", "proj_area_days");

    @Inject
    EntityManager entityManager;

    @Inject
    ReadModelVersions versions;

    @Transactional
    public void clear() {
        entityManager.createNativeQuery("TRUNCATE " + String.join(", ", TABLES)).executeUpdate();
        entityManager.createNativeQuery("DELETE FROM processed_event WHERE consumer IN (:consumers)")
                .setParameter("consumers", List.of(PlanningProjection.CONSUMER, FinanceProjection.CONSUMER,
                        FollowupProjection.CONSUMER))
                .executeUpdate();
        // every report changes with the projections; the replay bumps the years again as it applies their events
        versions.bumpAll();
    }
}
