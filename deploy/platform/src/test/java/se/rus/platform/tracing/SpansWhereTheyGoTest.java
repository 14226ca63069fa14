package se.rus.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpansWhereTheyGoTest {

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();

    @Test
    void withoutACollectorNoSpanIsRecordedYetTheTraceIdStillTravels() {
        Span span = start("none");
        String traceParent;
        try (Scope ignored = span.makeCurrent()) {
            traceParent = TraceParents.current();
        }
        span.end();

        assertFalse(span.isRecording());
        assertTrue(span.getSpanContext().isValid(), "a request still has a trace id for its log lines");
        assertEquals("00-" + span.getSpanContext().getTraceId() + "-" + span.getSpanContext().getSpanId() + "-00",
                traceParent, "the outbox row and the relayed record carry it, flagged not sampled");
        assertTrue(exported.getFinishedSpanItems().isEmpty());
    }

    @Test
    void withACollectorEveryRootSpanIsRecordedAndExported() {
        Span span = start("http://collector:4317");
        span.end();

        assertTrue(span.getSpanContext().isSampled());
        assertEquals(1, exported.getFinishedSpanItems().size());
    }

    @Test
    void withACollectorAChildFollowsItsParentsDecision() {
        try (Scope ignored = TraceParents.context("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00").makeCurrent()) {
            Span child = start("http://collector:4317");
            child.end();
            assertFalse(child.isRecording());
        }
        assertTrue(exported.getFinishedSpanItems().isEmpty());
    }

    private Span start(String endpoint) {
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .setSampler(SpansWhereTheyGo.of(endpoint))
                .addSpanProcessor(SimpleSpanProcessor.create(exported))
                .build();
        return provider.get("test").spanBuilder("GET /api/v1/plans/{year}").startSpan();
    }
}
