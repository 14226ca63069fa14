package se.rus.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.platform.events.CloudEvent;

/** Applies one event to the projection of its topic; the inbox row, the change and the versions commit together. */
@ApplicationScoped
public class ApplyingEvent {

    @Inject
    PlanningProjection planning;

    @Inject
    FinanceProjection finance;

    @Inject
    FollowupProjection followup;

    @Inject
    ReadModelVersions versions;

    /**
     * Whether the event changed the projections (false for a redelivery or a type the report does not use).
     * The versions of the years it can change are bumped last, in the same transaction.
     */
    @Transactional
    public boolean apply(String topic, CloudEvent event) {
        AffectedYears affected = new AffectedYears();
        boolean applied = switch (topic) {
            case PlanningPayloads.TOPIC -> planning.apply(event, affected);
            case FinancePayloads.TOPIC -> finance.apply(event, affected);
            case FollowupPayloads.TOPIC -> followup.apply(event, affected);
            default -> false;
        };
        versions.bump(affected);
        return applied;
    }
}
