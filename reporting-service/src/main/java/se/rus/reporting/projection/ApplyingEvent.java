package se.rus.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.platform.events.CloudEvent;

/** Applies one event to the projection of its topic; the inbox row and the change commit together. */
@ApplicationScoped
public class ApplyingEvent {

    @Inject
    PlanningProjection planning;

    @Inject
    FinanceProjection finance;

    @Inject
    FollowupProjection followup;

    /** Whether the event changed the projections (false for a redelivery or a type the report does not use). */
    @Transactional
    public boolean apply(String topic, CloudEvent event) {
        return switch (topic) {
            case PlanningPayloads.TOPIC -> planning.apply(event);
            case FinancePayloads.TOPIC -> finance.apply(event);
            case FollowupPayloads.TOPIC -> followup.apply(event);
            default -> false;
        };
    }
}
