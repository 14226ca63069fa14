package se.rus.planning.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.platform.events.EventPublisher;
import se.rus.platform.web.Preconditions;

/**
 * Use case: the working group edits or adopts the plan of a year. Adopted plans stay editable; every
 * change is recorded as an event, which is the plan's history.
 */
@ApplicationScoped
public class ChangingPlan {

    @Inject
    EventPublisher events;

    @Transactional
    public Plan replace(int year, String ifMatch, PlanChanges changes) {
        Plan plan = Plan.requireByYear(year);
        Preconditions.requireMatch(ifMatch, plan.version);
        apply(plan, changes);
        Plan.flush();
        return plan;
    }

    /** Applies the changes and publishes PlanChanged when the state actually differs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(Plan plan, PlanChanges changes) {
        Plan.requirePeriodContains(plan.year, changes.periodStart(), changes.periodEnd());
        PlanEvents.PlanState before = PlanEvents.PlanState.of(plan);
        plan.title = changes.title();
        plan.vision = changes.vision();
        plan.periodStart = changes.periodStart();
        plan.periodEnd = changes.periodEnd();
        if (before.equals(PlanEvents.PlanState.of(plan))) {
            return false;
        }
        PlanEvents.publish(events, PlanEvents.PLAN_CHANGED, plan);
        return true;
    }

    @Transactional
    public Plan adopt(int year, String ifMatch) {
        Plan plan = Plan.requireByYear(year);
        if (ifMatch != null && !ifMatch.isBlank()) {
            Preconditions.requireMatch(ifMatch, plan.version);
        }
        adopt(plan);
        Plan.flush();
        return plan;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void adopt(Plan plan) {
        plan.adopt();
        PlanEvents.publish(events, PlanEvents.PLAN_ADOPTED, plan);
    }
}
