package se.rus.planning.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.platform.events.EventPublisher;
import se.rus.platform.security.CurrentActor;
import se.rus.platform.web.ProblemException;

import java.time.Instant;
import java.util.UUID;

/** Use case: the working group starts the plan of a year. */
@ApplicationScoped
public class CreatingPlan {

    @Inject
    EventPublisher events;

    @Inject
    CurrentActor actor;

    @Transactional
    public Plan create(NewPlan newPlan) {
        Plan.requirePeriodContains(newPlan.year(), newPlan.periodStart(), newPlan.periodEnd());
        if (Plan.findByYear(newPlan.year()).isPresent()) {
            throw ProblemException.conflict("Det finns redan en plan för " + newPlan.year());
        }
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.year = newPlan.year();
        plan.title = newPlan.title();
        plan.vision = newPlan.vision();
        plan.periodStart = newPlan.periodStart();
        plan.periodEnd = newPlan.periodEnd();
        plan.status = PlanStatus.DRAFT;
        plan.createdAt = Instant.now();
        plan.createdBy = actor.get().subject();
        plan.persist();
        PlanEvents.publish(events, PlanEvents.PLAN_CREATED, plan);
        return plan;
    }
}
