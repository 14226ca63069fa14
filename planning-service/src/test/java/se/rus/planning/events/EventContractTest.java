package se.rus.planning.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.rus.planning.activity.ActivityEvents;
import se.rus.planning.area.AreaEvents;
import se.rus.planning.goal.GoalEvents;
import se.rus.planning.organisation.MemberEvents;
import se.rus.planning.plan.PlanEvents;
import se.rus.localstack.EventContract;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.platform.events.EventPublisher;
import se.rus.platform.events.OutboxEvent;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The events this service publishes keep deploy/contracts/events.asyncapi.yaml: every type in the code is
 * documented, each payload record (filled, with each enum value) validates against its message, serialised by the
 * service's own ObjectMapper into the envelope EventPublisher writes, and so does every event the tests run
 * before this one really wrote to the outbox.
 */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class EventContractTest {

    /** Each event type and the payload record the code publishes with it. */
    private static final Map<String, Class<?>> PAYLOADS = Map.ofEntries(
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

    @Inject
    EventPublisher events;

    @Test
    void everyEventTypeIsDocumentedAndItsPayloadsValidate() {
        List<String> written = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>listAll().stream().map(event -> event.envelope).toList());
        // built as the service builds every event it publishes
        EventContract.assertKeptBy("planning-service", PAYLOADS,
                (type, payload) -> events.envelope(events.event(type, UUID.randomUUID().toString(), payload)), written);
    }
}
