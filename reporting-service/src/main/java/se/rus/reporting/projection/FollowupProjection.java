package se.rus.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.platform.events.CloudEvent;
import se.rus.platform.events.Inbox;
import se.rus.reporting.projection.FollowupPayloads.AreaFollowUpState;
import se.rus.reporting.projection.FollowupPayloads.GoalValuationState;
import se.rus.reporting.projection.FollowupPayloads.OutcomeState;

import java.util.OptionalInt;
import java.util.function.IntSupplier;

/** Projects rus.followup.v1: activity outcomes, area follow-up notes and goal valuations. */
@ApplicationScoped
public class FollowupProjection {

    public static final String CONSUMER = "reporting.followup";

    @Inject
    Inbox inbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public OptionalInt apply(CloudEvent event) {
        String type = String.valueOf(event.type());
        if (!type.startsWith(FollowupPayloads.PREFIX)) {
            return OptionalInt.empty();
        }
        return switch (type.substring(FollowupPayloads.PREFIX.length())) {
            case "OutcomeRecorded.v1", "OutcomeChanged.v1" ->
                    once(event, () -> outcome(inbox.dataOf(event, OutcomeState.class)));
            case "AreaFollowUpNoted.v1" -> once(event, () -> areaNote(inbox.dataOf(event, AreaFollowUpState.class)));
            case "GoalValued.v1" -> once(event, () -> valuation(inbox.dataOf(event, GoalValuationState.class)));
            default -> OptionalInt.empty();
        };
    }

    private OptionalInt once(CloudEvent event, IntSupplier effect) {
        return inbox.firstDelivery(event, CONSUMER) ? OptionalInt.of(effect.getAsInt()) : OptionalInt.empty();
    }

    /** Stored even when the activity is not known yet; the report joins them when it is assembled. */
    private int outcome(OutcomeState state) {
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
        return state.year();
    }

    private int areaNote(AreaFollowUpState state) {
        ProjectedAreaNote note = ProjectedAreaNote.findById(state.areaId());
        if (note == null) {
            note = new ProjectedAreaNote();
            note.areaId = state.areaId();
        }
        note.year = state.year();
        note.areaName = state.areaName();
        note.note = TextBlocks.write(state.note());
        note.persist();
        return state.year();
    }

    private int valuation(GoalValuationState state) {
        ProjectedValuation valuation = ProjectedValuation.findById(state.goalId());
        if (valuation == null) {
            valuation = new ProjectedValuation();
            valuation.goalId = state.goalId();
        }
        valuation.id = state.id();
        valuation.periodStart = state.periodStart();
        valuation.periodEnd = state.periodEnd();
        valuation.valuation = state.valuation();
        valuation.previousValuation = state.previousValuation();
        valuation.previousGoalExisted = state.previousGoalExisted();
        valuation.followUp = TextBlocks.write(state.followUp());
        valuation.persist();
        return state.periodEnd();
    }
}
