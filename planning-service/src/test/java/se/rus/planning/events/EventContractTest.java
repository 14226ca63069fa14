package se.rus.planning.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import se.rus.platform.events.CloudEvent;
import se.rus.platform.events.OutboxEvent;

import java.time.Instant;
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
    ObjectMapper json;

    @Test
    void everyEventTypeIsDocumentedAndItsPayloadsValidate() {
        List<String> written = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>listAll().stream().map(event -> event.envelope).toList());
        EventContract.assertKeptBy("planning-service", PAYLOADS, this::envelope, written);
    }

    private String envelope(String type, Object payload) {
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID(), "/planning-service", type,
                UUID.randomUUID().toString(), Instant.parse("2024-03-15T09:00:00Z"), "application/json",
                "arbetsgruppen-1", "Lst Gävleborg", json.valueToTree(payload));
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
