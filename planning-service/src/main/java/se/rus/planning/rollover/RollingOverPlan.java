package se.rus.planning.rollover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import se.rus.planning.activity.Activity;
import se.rus.planning.activity.ActivityEvents;
import se.rus.planning.area.Area;
import se.rus.planning.area.AreaEvents;
import se.rus.planning.common.BusinessRules;
import se.rus.planning.organisation.Member;
import se.rus.planning.organisation.MemberEvents;
import se.rus.planning.plan.CreatingPlan;
import se.rus.planning.plan.NewPlan;
import se.rus.planning.plan.Plan;
import se.rus.platform.events.EventPublisher;

/**
 * Use case: the working group starts next year's plan from this year's, as a DRAFT with the same areas,
 * activities (each continuing the one it was copied from) and members. One transaction; every created entity
 * publishes its usual event through the outbox, so consumers see an ordinary new plan.
 */
@ApplicationScoped
public class RollingOverPlan {

    @Inject
    EventPublisher events;

    @Inject
    CreatingPlan creatingPlan;

    @Inject
    Validator validator;

    @Transactional
    public Plan rollOver(int year) {
        Plan source = Plan.requireByYear(year);
        NewPlan next = NextYearPlan.of(source);
        // the new plan must fit the years a plan created by hand may have
        if (!validator.validate(next).isEmpty()) {
            throw BusinessRules.violated("year", "planen för " + next.year() + " med perioden " + next.periodStart()
                    + "–" + next.periodEnd() + " ligger utanför de år en plan kan ha (2000–2100)");
        }
        Plan plan = creatingPlan.create(next);
        for (Area sourceArea : Area.ofPlan(source)) {
            Area area = NextYearPlan.area(sourceArea, plan);
            area.persist();
            AreaEvents.publish(events, AreaEvents.AREA_ADDED, area);
            for (Activity sourceActivity : Activity.ofArea(sourceArea)) {
                Activity activity = NextYearPlan.continuing(sourceActivity, area);
                activity.persist();
                ActivityEvents.publish(events, ActivityEvents.ACTIVITY_PLANNED, activity);
            }
        }
        for (Member member : NextYearPlan.members(Member.ofYear(year), plan.year)) {
            member.persist();
            MemberEvents.publish(events, MemberEvents.MEMBER_JOINED, member);
        }
        Plan.flush();
        return plan;
    }
}
