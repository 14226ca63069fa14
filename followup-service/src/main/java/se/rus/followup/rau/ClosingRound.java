package se.rus.followup.rau;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.platform.web.ProblemException;

/**
 * Use case: the working group closes a year's RÅU once the compilation is done; from then on no
 * submission of the year can be created, revised, submitted, returned or accepted.
 */
@ApplicationScoped
public class ClosingRound {

    @Inject
    RoundChanges changes;

    @Transactional
    public RauRound close(int year, String ifMatch) {
        RauRound round = changes.atVersion(year, ifMatch);
        if (round.closed()) {
            throw ProblemException.conflict("RÅU " + year + " är redan stängd");
        }
        round.status = RoundStatus.CLOSED;
        round.closedAt = changes.now();
        round.closedBy = changes.actor();
        round.persistAndFlush();
        changes.publish(RauEvents.ROUND_CLOSED, round, RauEvents.RoundState.of(round));
        return round;
    }
}
