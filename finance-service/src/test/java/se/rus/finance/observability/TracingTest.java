package se.rus.finance.observability;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import se.rus.finance.year.FinanceEvents;
import se.rus.localstack.InMemorySpans;
import se.rus.localstack.RusTestInfrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static se.rus.finance.FinanceApi.awaitEvent;
import static se.rus.finance.FinanceApi.definePost;
import static se.rus.finance.FinanceApi.entry;
import static se.rus.finance.FinanceApi.openYear;
import static se.rus.finance.FinanceApi.record;

/**
 * The first half of one trace across the suite: a POST's server span and the record the outbox relay sends later
 * (from another thread, after the request has ended) carry the same trace id; the record's {@code traceparent}
 * header is what reporting's consumer continues (reporting-service's TracingTest is the second half).
 */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class TracingTest {

    private static final int YEAR = 2079;

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theRelayedRecordContinuesTheTraceOfThePostThatWroteIt() {
        openYear(YEAR);
        String post = definePost(YEAR, "Projekt/insatser", "300000.00");
        String id = record(YEAR, entry(post, YEAR + "-05-20", "18000.00", "Tryck av länets miljömålsfolder"));

        ConsumerRecord<String, String> relayed = awaitEvent(YEAR, FinanceEvents.LEDGER_ENTRY_RECORDED, id);
        Header header = relayed.headers().lastHeader("traceparent");
        assertNotNull(header, "the relayed record has no traceparent header");
        String traceId = new String(header.value(), StandardCharsets.UTF_8).split("-")[1];

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<SpanData> server = InMemorySpans.of(spans, traceId, SpanKind.SERVER);
            assertEquals(1, server.size(), "server spans of trace " + traceId);
            assertEquals("POST /api/v1/years/{year}/ledger-entries", server.get(0).getName());
            assertFalse(InMemorySpans.of(spans, traceId, SpanKind.PRODUCER).isEmpty(), "the relay's producer span");
        });
    }
}
