package se.rus.followup.rau;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.platform.time.TimeSource;
import se.rus.platform.events.EventPublisher;
import se.rus.platform.security.CurrentActor;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.ProblemException;

/**
 * Use case: the working group closes a year's RÅU once the compilation is done; from then on no
 * submission of the year can be created, revised, submitted, returned or accepted.
 */
@ApplicationScoped
public class ClosingRound {

    @Inject
    EventPublisher events;

    @Inject
    CurrentActor actor;

    @Inject
    TimeSource time;

    @Transactional
    public RauRound close(int year, String ifMatch) {
        RauRound round = RauRound.existing(year);
        Preconditions.requireMatch(ifMatch, round.version);
        if (round.closed()) {
            throw ProblemException.conflict("RÅU " + year + " är redan stängd");
        }
        round.status = RoundStatus.CLOSED;
        round.closedAt = time.now();
        round.closedBy = actor.get().subject();
        round.persistAndFlush();
        events.publish(RauEvents.TOPIC, Integer.toString(year), RauEvents.ROUND_CLOSED, round.id.toString(),
                RauEvents.RoundState.of(round));
        return round;
    }
}
