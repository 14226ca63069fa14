package se.rus.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.platform.events.CloudEvent;
import se.rus.platform.events.Inbox;
import se.rus.reporting.projection.FollowupPayloads.AreaFollowUpState;
import se.rus.reporting.projection.FollowupPayloads.GoalValuationState;
import se.rus.reporting.projection.FollowupPayloads.OutcomeState;


/** Projects rus.followup.v1: activity outcomes, area follow-up notes and goal valuations. */
@ApplicationScoped
public class FollowupProjection {

    public static final String CONSUMER = "reporting.followup";

    @Inject
    Inbox inbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(CloudEvent event) {
        String type = String.valueOf(event.type());
        if (!type.startsWith(FollowupPayloads.PREFIX)) {
            return false;
        }
        return switch (type.substring(FollowupPayloads.PREFIX.length())) {
            case "OutcomeRecorded.v1", "OutcomeChanged.v1" ->
                    once(event, () -> outcome(inbox.dataOf(event, OutcomeState.class)));
            case "AreaFollowUpNoted.v1" -> once(event, () -> areaNote(inbox.dataOf(event, AreaFollowUpState.class)));
            case "GoalValued.v1" -> once(event, () -> valuation(inbox.dataOf(event, GoalValuationState.class)));
            default -> false;
        };
    }

    private boolean once(CloudEvent event, Runnable effect) {
        if (!inbox.firstDelivery(event, CONSUMER)) {
            return false;
        }
        effect.run();
        return true;
    }

    /** Stored even when the activity is not known yet; the report joins them when it is assembled. */
    private void outcome(OutcomeState state) {
        ProjectedOutcome outcome = ProjectedOutcome.findById(state.activityId());
        if (outcome == null) {
            outcome = new ProjectedOutcome();
            outcome.activityId = state.activityId();
        }
        outcome.id = state.id();
        outcome.year = state.year();
        outcome.status = state.status();
        outcome.narrative = TextBlocks.write(state.narrative());
        outcome.daysSpent = state.daysSpent();
        outcome.persist();
    }

    private void areaNote(AreaFollowUpState state) {
        ProjectedAreaNote note = ProjectedAreaNote.findById(state.areaId());
        if (note == null) {
            note = new ProjectedAreaNote();
            note.areaId = state.areaId();
        }
        note.year = state.year();
        note.areaName = state.areaName();
        note.note = TextBlocks.write(state.note());
        note.persist();
    }

    /** One record per (goal, year): a record of the same goal and year under another id is an older state. */
    private void valuation(GoalValuationState state) {
        ProjectedValuation.delete("goalId = ?1 and year = ?2 and id <> ?3", state.goalId(), state.valuedYear(), state.id());
        ProjectedValuation valuation = ProjectedValuation.findById(state.id());
        if (valuation == null) {
            valuation = new ProjectedValuation();
            valuation.id = state.id();
        }
        valuation.goalId = state.goalId();
        valuation.periodStart = state.periodStart();
        valuation.periodEnd = state.periodEnd();
        valuation.year = state.valuedYear();
        valuation.valuation = state.valuation();
        valuation.previousValuation = state.previousValuation();
        valuation.previousGoalExisted = state.previousGoalExisted();
        valuation.followUp = TextBlocks.write(state.followUp());
        valuation.persist();
    }
}
