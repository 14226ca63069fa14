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
    public Plan create(NewPlan request) {
        Plan.requirePeriodContains(request.year(), request.periodStart(), request.periodEnd());
        if (Plan.findByYear(request.year()).isPresent()) {
            throw ProblemException.conflict("Det finns redan en plan för " + request.year());
        }
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.year = request.year();
        plan.title = request.title();
        plan.vision = request.vision();
        plan.periodStart = request.periodStart();
        plan.periodEnd = request.periodEnd();
        plan.status = PlanStatus.DRAFT;
        plan.createdAt = Instant.now();
        plan.createdBy = actor.get().subject();
        plan.persist();
        PlanEvents.publish(events, PlanEvents.PLAN_CREATED, plan);
        return plan;
    }
}
