package se.rus.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.rus.platform.events.CloudEvent;

import java.util.List;

/** Applies events to the projection of their topic; the inbox rows, the changes and the versions commit together. */
@ApplicationScoped
public class ApplyingEvent {

    static final int WRITE_EVERY = 50;

    @Inject
    PlanningProjection planning;

    @Inject
    FinanceProjection finance;

    @Inject
    FollowupProjection followup;

    @Inject
    ReadModelVersions versions;

    @Inject
    RauEventsApplied rau;

    @Inject
    EntityManager entityManager;

    /**
     * Whether the event changed the projections (false for a redelivery or a type the report does not use).
     * The versions of the years it can change are bumped last, in the same transaction.
     */
    @Transactional
    public boolean apply(String topic, CloudEvent event) {
        AffectedYears affected = new AffectedYears();
        boolean applied = project(topic, event, affected);
        flush();
        versions.bump(affected);
        return applied;
    }

    /**
     * Applies a poll's events of one topic in order, in one transaction: the years they can change are collected
     * over the batch and each bumped once, at the end, so a burst of entries for one year costs one version row
     * update (and one commit) instead of one per event. Any failure rolls the whole batch back. Returns how many
     * events changed the projections.
     */
    @Transactional
    public int applyAll(String topic, List<CloudEvent> events) {
        AffectedYears affected = new AffectedYears();
        int applied = 0;
        int taken = 0;
        for (CloudEvent event : events) {
            if (project(topic, event, affected)) {
                applied++;
            }
            if (++taken % WRITE_EVERY == 0) {
                flush();
                entityManager.clear();
            }
        }
        flush();
        versions.bump(affected);
        return applied;
    }

    /**
     * The inbox, the sums and the versions do not flush the projection rows (their own query spaces), so a batch's
     * rows are written here instead of before every native statement; a row the database refuses fails here, inside
     * the method, with its SQLSTATE, rather than at commit. Hibernate still dirty-checks every entity the session
     * holds before each native statement to learn that, so a batch is written and the session cleared every
     * {@link #WRITE_EVERY} events: with a whole 500-event poll held, that check made an event cost 2.3 ms of CPU.
     */
    private void flush() {
        entityManager.flush();
    }

    private boolean project(String topic, CloudEvent event, AffectedYears affected) {
        return switch (topic) {
            case PlanningPayloads.TOPIC -> planning.apply(event, affected);
            case FinancePayloads.TOPIC -> finance.apply(event, affected);
            case FollowupPayloads.TOPIC -> followup.apply(event, affected) | rau.apply(event);
            default -> false;
        };
    }
}
