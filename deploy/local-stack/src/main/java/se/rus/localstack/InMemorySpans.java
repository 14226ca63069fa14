package se.rus.localstack;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Every span a service under test finishes, kept in memory: Quarkus passes spans to each SpanExporter bean, so
 * a test injects {@link InMemorySpanExporter} and reads them. Discovered through this module's beans.xml.
 */
@ApplicationScoped
public class InMemorySpans {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }

    /** The finished spans of {@code kind} in the trace {@code traceId}. */
    public static List<SpanData> of(InMemorySpanExporter exporter, String traceId, SpanKind kind) {
        return exporter.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId) && span.getKind() == kind)
                .toList();
    }
}
