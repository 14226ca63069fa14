package se.rus.finance.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.rus.finance.cofinancing.CoverageState;
import se.rus.finance.cofinancing.FundsState;
import se.rus.finance.ledger.EntryState;
import se.rus.finance.post.PostState;
import se.rus.finance.year.FinanceEvents;
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
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class EventContractTest {

    /** Each event type and the payload record the code publishes with it. */
    private static final Map<String, Class<?>> PAYLOADS = Map.ofEntries(
            Map.entry(FinanceEvents.YEAR_OPENED, FinanceEvents.YearState.class),
            Map.entry(FinanceEvents.YEAR_CHANGED, FinanceEvents.YearState.class),
            Map.entry(FinanceEvents.YEAR_CLOSED, FinanceEvents.YearState.class),
            Map.entry(FinanceEvents.POST_DEFINED, PostState.class),
            Map.entry(FinanceEvents.POST_CHANGED, PostState.class),
            Map.entry(FinanceEvents.POST_REMOVED, PostState.class),
            Map.entry(FinanceEvents.LEDGER_ENTRY_RECORDED, EntryState.class),
            Map.entry(FinanceEvents.CO_FINANCING_RECORDED, FundsState.class),
            Map.entry(FinanceEvents.OUTSIDE_FUNDS_NOTED, FundsState.class),
            Map.entry(FinanceEvents.DEFICIT_COVERAGE_SET, CoverageState.class));

    @Inject
    EventPublisher events;

    @Test
    void everyEventTypeIsDocumentedAndItsPayloadsValidate() {
        List<String> written = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>listAll().stream().map(event -> event.envelope).toList());
        // built as the service builds every event it publishes
        EventContract.assertKeptBy("finance-service", PAYLOADS,
                (type, payload) -> events.envelope(events.event(type, UUID.randomUUID().toString(), payload)), written);
    }
}
