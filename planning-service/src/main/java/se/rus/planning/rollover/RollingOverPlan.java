package se.rus.planning.rollover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.planning.activity.Activity;
import se.rus.planning.activity.ActivityEvents;
import se.rus.planning.area.Area;
import se.rus.planning.area.AreaEvents;
import se.rus.planning.organisation.Member;
import se.rus.planning.organisation.MemberEvents;
import se.rus.planning.plan.CreatingPlan;
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

    @Transactional
    public Plan rollOver(int year) {
        Plan source = Plan.requireByYear(year);
        Plan plan = creatingPlan.create(NextYearPlan.of(source));
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
