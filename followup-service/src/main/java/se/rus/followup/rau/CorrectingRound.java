package se.rus.followup.rau;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Use case: the working group corrects an open round (instructions, deadline, objectives, counties). A
 * submission already made for an objective or by a county the correction removes stays, shown as outside
 * the round. Each correction is an event and an entry in the round's history; an unchanged round is neither.
 * A moved deadline moves what counts as late: every submission made is marked against the current deadline (the
 * round's history keeps the earlier one, and the RauRoundChanged event carries the new one).
 */
@ApplicationScoped
public class CorrectingRound {

    @Inject
    RoundChanges changes;

    @Transactional
    public RauRound correct(int year, String ifMatch, RoundContent content) {
        RauRound round = changes.atVersion(year, ifMatch);
        round.requireOpen();
        RauEvents.RoundState before = RauEvents.RoundState.of(round);
        OpeningRound.describe(round, content);
        RauEvents.RoundState after = RauEvents.RoundState.of(round);
        if (after.equals(before)) {
            return round;
        }
        if (!java.util.Objects.equals(after.deadline(), before.deadline())) {
            RauSubmission.<RauSubmission>list("year = ?1 and submittedAt is not null", year)
                    .forEach(submission -> submission.late = Deadline.isLate(submission.submittedAt, round.deadline));
        }
        round.persistAndFlush();
        RauRoundChange change = new RauRoundChange();
        change.id = UUID.randomUUID();
        change.roundId = round.id;
        change.year = year;
        change.changedAt = changes.now();
        change.changedBy = changes.actor();
        change.before = before;
        change.after = after;
        change.persist();
        changes.publish(RauEvents.ROUND_CHANGED, round, after);
        return round;
    }
}
