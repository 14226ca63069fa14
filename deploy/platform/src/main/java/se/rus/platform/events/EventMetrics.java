package se.rus.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.rus.platform.metrics.CommittedCounts;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The event plumbing's metrics: events published per type and consumed per type and consumer (counted on
 * commit), dead letters, and the outbox backlog with the age of its oldest unpublished row. The backlog is read by the
 * relay's own loop, never by a scrape, so Prometheus costs the database nothing.
 */
@ApplicationScoped
public class EventMetrics {

    static final String PUBLISHED = "rus.events.published";
    static final String CONSUMED = "rus.events.consumed";

    @Inject
    MeterRegistry registry;

    @Inject
    CommittedCounts counts;

    @Inject
    EntityManager entityManager;

    @Inject
    DeadLetters deadLetters;

    private volatile long backlog;
    private volatile Instant oldestUnpublished;

    void registerGauges(@Observes StartupEvent start) {
        Gauge.builder("rus.outbox.backlog", this, metrics -> metrics.backlog)
                .description("Outbox rows not yet acknowledged by Kafka").register(registry);
        Gauge.builder("rus.outbox.oldest.age", this, EventMetrics::oldestAgeSeconds).baseUnit("seconds")
                .description("Age of the oldest outbox row not yet acknowledged by Kafka (0 when none)")
                .register(registry);
        // one count(*) on a table that is normally empty, as the readiness check does; NaN while the database is away
        Gauge.builder("rus.dead.letters", deadLetters, EventMetrics::deadLetterCount)
                .description("Records this service could not parse or apply and sent to <topic>.dlq, ever")
                .register(registry);
    }

    private static double deadLetterCount(DeadLetters deadLetters) {
        try {
            return deadLetters.count();
        } catch (RuntimeException unreachable) {
            return Double.NaN;
        }
    }

    private double oldestAgeSeconds() {
        Instant oldest = oldestUnpublished;
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toMillis() / 1000.0);
    }

    /** In the relay's transaction: these rows were acknowledged by the broker and are now marked published. */
    void published(List<OutboxEvent> events) {
        Map<String, Long> perType = events.stream().collect(Collectors.groupingBy(e -> e.type, Collectors.counting()));
        perType.forEach((type, count) -> counts.onCommit(PUBLISHED, "Events the broker acknowledged, per type",
                count, "type", type));
    }

    /** In the consumer's transaction: the event was applied for the first time. */
    void consumed(String type, String consumer) {
        counts.onCommit(CONSUMED, "Events applied for the first time, per type and consumer", 1,
                "type", String.valueOf(type), "consumer", consumer);
    }

    /** The relay found nothing left to send. */
    void caughtUp() {
        backlog = 0;
        oldestUnpublished = null;
    }

    /** Reads the backlog after a relay round that could not drain it (one query on the partial index of unpublished rows). */
    @Transactional
    void refreshBacklog() {
        Object[] row = (Object[]) entityManager.createNativeQuery(
                        "SELECT count(*), min(created_at) FROM outbox_event WHERE published_at IS NULL")
                .getSingleResult();
        backlog = ((Number) row[0]).longValue();
        oldestUnpublished = instant(row[1]);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
