package se.rus.followup.valuation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.followup.replica.ReplicaGoal;
import se.rus.followup.upsert.ImportEffect;
import se.rus.platform.events.EventPublisher;
import se.rus.platform.security.CurrentActor;
import se.rus.platform.text.TextBlocks;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.ProblemException;
import se.rus.platform.time.TimeSource;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Use case: the working group values a three-year goal for a year of its period (the final valuation in
 * the period's last year), or records only the previous period's valuation of a goal whose history
 * predates the system.
 */
@ApplicationScoped
public class ValuingGoal {

    @Inject
    EventPublisher events;

    @Inject
    CurrentActor actor;

    @Inject
    TimeSource time;

    @Transactional
    public GoalValuation value(GoalPeriod period, UUID goalId, Integer year, ValuationContent content) {
        int valuedYear = yearWithin(period, year);
        requireConsistent(content);
        knownGoal(period, goalId);
        if (GoalValuation.findFor(goalId, valuedYear).isPresent()) {
            throw ProblemException.conflict("Målet " + goalId + " är redan värderat för " + valuedYear
                    + "; ändra värderingen i stället");
        }
        GoalValuation valuation = new GoalValuation();
        valuation.id = UUID.randomUUID();
        valuation.goalId = goalId;
        valuation.periodStart = period.start();
        valuation.periodEnd = period.end();
        valuation.year = valuedYear;
        apply(valuation, content);
        valuation.persistAndFlush();
        publish(valuation);
        return valuation;
    }

    @Transactional
    public GoalValuation revalue(GoalPeriod period, UUID id, String ifMatch, ValuationContent content) {
        GoalValuation valuation = existing(period, id);
        Preconditions.requireMatch(ifMatch, valuation.version);
        change(valuation, content);
        return valuation;
    }

    /** For the bulk import: creates or changes the goal's valuation of the year, and leaves an identical one alone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportEffect upsert(GoalPeriod period, UUID goalId, Integer year, ValuationContent content) {
        knownGoal(period, goalId);
        Optional<GoalValuation> existing = GoalValuation.findFor(goalId, yearWithin(period, year));
        if (existing.isEmpty()) {
            value(period, goalId, year, content);
            return ImportEffect.CREATED;
        }
        return change(existing.get(), content) ? ImportEffect.CHANGED : ImportEffect.UNCHANGED;
    }

    private boolean change(GoalValuation valuation, ValuationContent content) {
        if (same(valuation, content)) {
            return false;
        }
        apply(valuation, content);
        // flushing bumps the version now, so the response's ETag is the one the change is stored with
        valuation.persistAndFlush();
        publish(valuation);
        return true;
    }

    static boolean same(GoalValuation valuation, ValuationContent content) {
        return Objects.equals(valuation.valuation, content.valuation())
                && Objects.equals(valuation.previousValuation, content.previousValuation())
                && valuation.previousGoalExisted == content.previousGoalExisted()
                && Objects.equals(valuation.followUp, content.followUp());
    }

    /** The year a valuation is for: the one given, or the period's final year; 400 naming {@code year} outside the period. */
    public static int yearWithin(GoalPeriod period, Integer year) {
        if (year == null) {
            return period.end();
        }
        if (!period.contains(year)) {
            throw ProblemException.invalid("year", "ska vara ett år inom perioden " + period);
        }
        return year;
    }

    /** 400 naming the field; {@code fieldPrefix} places it in a larger document such as the import. */
    public static void requireConsistent(String fieldPrefix, ValuationContent content) {
        if (content.valuation() == null && content.previousValuation() == null) {
            throw ProblemException.invalid(fieldPrefix + "valuation",
                    "krävs när ingen föregående periods värdering (previousValuation) anges");
        }
        if (!content.previousGoalExisted() && content.previousValuation() != null) {
            throw ProblemException.invalid(fieldPrefix + "previousValuation",
                    "ska vara tom när målet inte fanns föregående period (previousGoalExisted=false)");
        }
    }

    private static void requireConsistent(ValuationContent content) {
        requireConsistent("", content);
    }

    private void apply(GoalValuation valuation, ValuationContent content) {
        requireConsistent(content);
        valuation.valuation = content.valuation();
        valuation.previousValuation = content.previousValuation();
        valuation.previousGoalExisted = content.previousGoalExisted();
        valuation.followUp = TextBlocks.requireWellFormed("followUp", content.followUp());
        valuation.updatedAt = time.now();
        valuation.updatedBy = actor.get().subject();
    }

    private void publish(GoalValuation valuation) {
        events.publish(ValuationEvents.TOPIC, Integer.toString(valuation.periodEnd), ValuationEvents.GOAL_VALUED,
                valuation.id.toString(), ValuationEvents.GoalValuedState.of(valuation));
    }

    static GoalValuation existing(GoalPeriod period, UUID id) {
        return GoalValuation.<GoalValuation>findByIdOptional(id)
                .filter(v -> v.periodStart == period.start() && v.periodEnd == period.end())
                .orElseThrow(() -> ProblemException.notFound("Ingen värdering " + id + " för perioden " + period));
    }

    static ReplicaGoal knownGoal(GoalPeriod period, UUID goalId) {
        ReplicaGoal goal = ReplicaGoal.findCurrent(goalId).orElseThrow(() -> ProblemException.unprocessable(
                "Treårsmålet " + goalId + " är okänt för uppföljningstjänsten: ingen planeringshändelse om det har kommit hit (ännu)"));
        if (goal.periodStart != period.start() || goal.periodEnd != period.end()) {
            throw ProblemException.unprocessable("Treårsmålet " + goalId + " gäller perioden "
                    + goal.periodStart + "-" + goal.periodEnd + ", inte " + period);
        }
        return goal;
    }
}
