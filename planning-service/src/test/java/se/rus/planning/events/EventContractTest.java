package se.rus.planning.events;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import se.rus.planning.activity.ActivityEvents;
import se.rus.planning.area.AreaEvents;
import se.rus.planning.goal.GoalEvents;
import se.rus.planning.organisation.MemberEvents;
import se.rus.planning.plan.PlanEvents;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.checks.EventContractChecks;

import java.util.Map;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class EventContractTest extends EventContractChecks {

    @Override
    protected Map<String, Class<?>> payloads() {
        return Map.ofEntries(
                Map.entry(PlanEvents.PLAN_CREATED, PlanEvents.PlanState.class),
                Map.entry(PlanEvents.PLAN_CHANGED, PlanEvents.PlanState.class),
                Map.entry(PlanEvents.PLAN_ADOPTED, PlanEvents.PlanState.class),
                Map.entry(AreaEvents.AREA_ADDED, AreaEvents.AreaState.class),
                Map.entry(AreaEvents.AREA_CHANGED, AreaEvents.AreaState.class),
                Map.entry(AreaEvents.AREA_REMOVED, AreaEvents.AreaState.class),
                Map.entry(ActivityEvents.ACTIVITY_PLANNED, ActivityEvents.ActivityState.class),
                Map.entry(ActivityEvents.ACTIVITY_CHANGED, ActivityEvents.ActivityState.class),
                Map.entry(ActivityEvents.ACTIVITY_REMOVED, ActivityEvents.ActivityState.class),
                Map.entry(GoalEvents.GOAL_DEFINED, GoalEvents.GoalState.class),
                Map.entry(GoalEvents.GOAL_CHANGED, GoalEvents.GoalState.class),
                Map.entry(GoalEvents.GOAL_REMOVED, GoalEvents.GoalState.class),
                Map.entry(MemberEvents.MEMBER_JOINED, MemberEvents.MemberState.class),
                Map.entry(MemberEvents.MEMBER_CHANGED, MemberEvents.MemberState.class),
                Map.entry(MemberEvents.MEMBER_LEFT, MemberEvents.MemberState.class));
    }
}
