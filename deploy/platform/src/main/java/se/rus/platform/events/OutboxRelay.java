package se.rus.platform.events;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Relays committed outbox rows to Kafka in commit order and marks them published only after
 * the broker acknowledged them. While the broker is down the rows wait; nothing is dropped.
 * Delivery is at-least-once, which is why every consumer deduplicates by event id.
 * A commit that wrote events wakes the relay at once; the schedule is the safety net.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Fired when a transaction wrote to the outbox. */
    public record Written() {
    }

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(15);

    private final AtomicBoolean relaying = new AtomicBoolean();
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));

    @Inject
    EntityManager entityManager;

    @Inject
    @Channel("rus-outbox")
    MutinyEmitter<String> kafka;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Written written) {
        wakeUps.execute(this::relayPending);
    }

    // not before start-up has finished: until then the Kafka channel is not wired
    @Scheduled(every = "${rus.outbox.relay-interval:1s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relayPending() {
        if (!relaying.compareAndSet(false, true)) {
            return;
        }
        try {
            while (relayBatch() == BATCH) {
                // a full batch means more may be waiting
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay paused, will retry: %s", e.getMessage());
        } finally {
            relaying.set(false);
        }
    }

    /** Sends one batch; rows locked by another instance's relay are skipped. */
    @Transactional
    int relayBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> pending = entityManager.createNativeQuery(
                        "SELECT * FROM outbox_event WHERE published_at IS NULL ORDER BY seq LIMIT :batch FOR UPDATE SKIP LOCKED",
                        OutboxEvent.class)
                .setParameter("batch", BATCH)
                .getResultList();
        for (OutboxEvent event : pending) {
            OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                    .withTopic(event.topic)
                    .withKey(event.messageKey)
                    .withHeaders(new RecordHeaders().add("content-type",
                            CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)))
                    .build();
            kafka.sendMessage(Message.of(event.envelope).addMetadata(metadata)).await().atMost(ACK_TIMEOUT);
            event.publishedAt = Instant.now();
        }
        return pending.size();
    }

    @PreDestroy
    void stop() {
        wakeUps.shutdownNow();
    }
}
