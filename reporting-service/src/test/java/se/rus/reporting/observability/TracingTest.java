package se.rus.reporting.observability;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.rus.localstack.InMemorySpans;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.reporting.projection.ProjectedLedgerEntry;
import se.rus.reporting.support.YearFixture;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The second half of one trace across the suite: a record that arrives with a {@code traceparent} header (as
 * finance's outbox relay writes it; finance-service's TracingTest is the first half) is taken in by a consumer
 * span of that trace, the span in which the projection is updated.
 */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class TracingTest {

    private static final int YEAR = 2094;

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theProjectionUpdateContinuesTheTraceOfTheRecord() {
        String traceId = HexFormat.of().formatHex(random(16));
        String producerSpan = HexFormat.of().formatHex(random(8));
        YearFixture fixture = new YearFixture(YEAR);
        fixture.entry(fixture.other, "Övrigt", "7300.00", "DIRECT_SPEND")
                .sendInTrace("00-" + traceId + "-" + producerSpan + "-01");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<SpanData> consumer = InMemorySpans.of(spans, traceId, SpanKind.CONSUMER);
            assertEquals(1, consumer.size(), "consumer spans of trace " + traceId);
            assertEquals(producerSpan, consumer.get(0).getParentSpanId());
        });
        assertEquals(1L, ProjectedLedgerEntry.count("year", YEAR), "the projection was updated");
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(value);
        value[0] |= 1; // never all zeros, which W3C trace context treats as invalid
        return value;
    }
}
