package se.rus.platform.tracing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.inject.Singleton;

import java.util.Collection;

/**
 * Tracing runs always (trace ids in the logs, traceparent on every Kafka record), but spans leave the process
 * only when a collector is configured ({@code RUS_OTEL_ENDPOINT}). Until then this exporter takes them: as long
 * as any exporter bean is present, Quarkus does not start its OTLP exporter, which would otherwise try
 * {@code localhost:4317} and warn on every batch.
 */
@Singleton
@LookupIfProperty(name = "rus.otel.endpoint", stringValue = SpansDropped.NONE)
public class SpansDropped implements SpanExporter {

    static final String NONE = "none";

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
