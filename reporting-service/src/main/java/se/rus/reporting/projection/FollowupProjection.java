package se.rus.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
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

    /** Whether the event changed the projection; the report years it can touch go to {@code affected}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(CloudEvent event, AffectedYears affected) {
        String type = String.valueOf(event.type());
        if (!type.startsWith(FollowupPayloads.PREFIX)) {
            return false;
        }
        return switch (type.substring(FollowupPayloads.PREFIX.length())) {
            case "OutcomeRecorded.v1", "OutcomeChanged.v1" ->
                    inbox.applyOnce(event, CONSUMER, () -> outcome(inbox.dataOf(event, OutcomeState.class), affected));
            case "AreaFollowUpNoted.v1" ->
                    inbox.applyOnce(event, CONSUMER, () -> areaNote(inbox.dataOf(event, AreaFollowUpState.class), affected));
            case "GoalValued.v1" ->
                    inbox.applyOnce(event, CONSUMER, () -> valuation(inbox.dataOf(event, GoalValuationState.class), affected));
            default -> false;
        };
    }

    /** Stored even when the activity is not known yet; the report joins them when it is assembled. */
    private void outcome(OutcomeState state, AffectedYears affected) {
        ProjectedOutcome outcome = ProjectedOutcome.findById(state.activityId());
        if (outcome == null) {
            outcome = new ProjectedOutcome();
            outcome.activityId = state.activityId();
        } else {
            affected.year(outcome.year);
        }
        affected.year(state.year());
        outcome.id = state.id();
        outcome.year = state.year();
        outcome.status = state.status();
        outcome.narrative = Objects.requireNonNullElse(state.narrative(), List.of());
        outcome.daysSpent = state.daysSpent();
        outcome.persist();
    }

    private void areaNote(AreaFollowUpState state, AffectedYears affected) {
        ProjectedAreaNote note = ProjectedAreaNote.findById(state.areaId());
        if (note == null) {
            note = new ProjectedAreaNote();
            note.areaId = state.areaId();
        } else {
            affected.year(note.year);
        }
        affected.year(state.year());
        note.year = state.year();
        note.areaName = state.areaName();
        note.note = Objects.requireNonNullElse(state.note(), List.of());
        note.persist();
    }

    /**
     * One record per (goal, year): a record of the same goal and year under another id is an older state.
     * A record shows in the reports of its period, and as the previous valuation in those of the goals
     * continuing its goal.
     */
    private void valuation(GoalValuationState state, AffectedYears affected) {
        ProjectedValuation.<ProjectedValuation>list("goalId = ?1 and year = ?2 and id <> ?3", state.goalId(),
                state.valuedYear(), state.id()).forEach(older -> {
                    shownIn(older.periodStart, older.periodEnd, older.goalId, affected);
                    older.delete();
                });
        ProjectedValuation valuation = ProjectedValuation.findById(state.id());
        if (valuation == null) {
            valuation = new ProjectedValuation();
            valuation.id = state.id();
        } else {
            shownIn(valuation.periodStart, valuation.periodEnd, valuation.goalId, affected);
        }
        shownIn(state.periodStart(), state.periodEnd(), state.goalId(), affected);
        valuation.goalId = state.goalId();
        valuation.periodStart = state.periodStart();
        valuation.periodEnd = state.periodEnd();
        valuation.year = state.valuedYear();
        valuation.valuation = state.valuation();
        valuation.previousValuation = state.previousValuation();
        valuation.previousGoalExisted = state.previousGoalExisted();
        valuation.followUp = Objects.requireNonNullElse(state.followUp(), List.of());
        valuation.persist();
    }

    private static void shownIn(int periodStart, int periodEnd, UUID goalId, AffectedYears affected) {
        affected.period(periodStart, periodEnd);
        ProjectedGoal.<ProjectedGoal>list("predecessorId", goalId)
                .forEach(successor -> affected.period(successor.periodStart, successor.periodEnd));
    }
}
