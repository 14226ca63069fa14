package se.rus.followup.rau;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.rus.platform.events.EventPublisher;
import se.rus.platform.security.CurrentActor;
import se.rus.platform.time.TimeSource;
import se.rus.platform.web.Preconditions;

import java.time.Instant;

/**
 * What opening, correcting and closing a round share around their own rule: the round at the version the client
 * last read, who acts and when, and the event on the round's year. Kept here once so the three use cases read as
 * only what differs between them.
 */
@ApplicationScoped
class RoundChanges {

    @Inject
    EventPublisher events;

    @Inject
    CurrentActor actor;

    @Inject
    TimeSource time;

    /** The year's round (404 without one), at the version the client last read (If-Match, else 412/428). */
    RauRound atVersion(int year, String ifMatch) {
        RauRound round = RauRound.existing(year);
        Preconditions.requireMatch(ifMatch, round.version);
        return round;
    }

    Instant now() {
        return time.now();
    }

    String actor() {
        return actor.get().subject();
    }

    /** Publishes on the RÅU topic keyed by the round's year, so a year's round events stay in order. */
    void publish(String type, RauRound round, Object payload) {
        events.publish(RauEvents.TOPIC, Integer.toString(round.year), type, round.id.toString(), payload);
    }
}
