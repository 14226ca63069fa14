package se.rus.platform.tracing;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Spans are recorded only when something takes them ({@code RUS_OTEL_ENDPOINT} names a collector). Without one the
 * sampler says no before a span is built: a request still gets a trace id (in its log lines, in the outbox row, as
 * the {@code traceparent} of the relayed record, flagged not sampled), but no attributes, events or span data are
 * collected for {@link SpansDropped} to throw away, which was 5–9 % of a GET's CPU
 * (deploy/bench/results/2026-12-07-profile.md). A collector gets Quarkus's default: every root, and a child as its
 * parent was.
 */
@ApplicationScoped
public class SpansWhereTheyGo {

    @Produces
    @Singleton
    Sampler sampler(@ConfigProperty(name = "rus.otel.endpoint") String endpoint) {
        return of(endpoint);
    }

    static Sampler of(String endpoint) {
        return SpansDropped.NONE.equals(endpoint) ? Sampler.alwaysOff() : Sampler.parentBased(Sampler.alwaysOn());
    }
}
