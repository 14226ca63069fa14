package se.rus.followup.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.rus.followup.outcome.OutcomeEvents;
import se.rus.followup.rau.RauEvents;
import se.rus.followup.valuation.ValuationEvents;
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
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class EventContractTest {

    /** Each event type and the payload record the code publishes with it. */
    private static final Map<String, Class<?>> PAYLOADS = Map.ofEntries(
            Map.entry(OutcomeEvents.OUTCOME_RECORDED, OutcomeEvents.OutcomeState.class),
            Map.entry(OutcomeEvents.OUTCOME_CHANGED, OutcomeEvents.OutcomeState.class),
            Map.entry(OutcomeEvents.AREA_FOLLOW_UP_NOTED, OutcomeEvents.AreaFollowUpState.class),
            Map.entry(ValuationEvents.GOAL_VALUED, ValuationEvents.GoalValuedState.class),
            Map.entry(RauEvents.ROUND_OPENED, RauEvents.RoundState.class),
            Map.entry(RauEvents.ROUND_CHANGED, RauEvents.RoundState.class),
            Map.entry(RauEvents.ROUND_CLOSED, RauEvents.RoundState.class),
            Map.entry(RauEvents.DRAFT_SAVED, RauEvents.SubmissionState.class),
            Map.entry(RauEvents.SUBMITTED, RauEvents.SubmissionState.class),
            Map.entry(RauEvents.RETURNED, RauEvents.SubmissionState.class),
            Map.entry(RauEvents.ACCEPTED, RauEvents.SubmissionState.class));

    @Inject
    EventPublisher events;

    @Test
    void everyEventTypeIsDocumentedAndItsPayloadsValidate() {
        List<String> written = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>listAll().stream().map(event -> event.envelope).toList());
        // built as the service builds every event it publishes
        EventContract.assertKeptBy("followup-service", PAYLOADS,
                (type, payload) -> events.envelope(events.event(type, UUID.randomUUID().toString(), payload)), written);
    }
}
