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
    public Plan create(PlanResource.NewPlan request) {
        if (request.periodStart() > request.year() || request.year() > request.periodEnd()) {
            throw ProblemException.invalid("periodStart", "the period " + request.periodStart() + "–"
                    + request.periodEnd() + " must contain the plan year " + request.year());
        }
        if (Plan.findByYear(request.year()).isPresent()) {
            throw ProblemException.conflict("A plan for " + request.year() + " already exists");
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
        events.publish(PlanEvents.TOPIC, Integer.toString(plan.year), PlanEvents.PLAN_CREATED,
                plan.id.toString(), PlanEvents.PlanState.of(plan));
        return plan;
    }
}
