package se.rus.platform.events;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import se.rus.platform.tracing.TraceParents;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    private static final int BATCH = 500;
    /** Any constant shared by a service's instances; each service has its own database. */
    public static final long RELAY_LOCK = 0x5255_534F_5554L;
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(15);

    private final AtomicBoolean relaying = new AtomicBoolean();
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));

    @Inject
    EntityManager entityManager;

    @Inject
    TransactionManager transactions;

    @Inject
    EventMetrics metrics;

    @Inject
    @Channel("rus-outbox")
    MutinyEmitter<String> kafka;

    /**
     * At most one wake-up waits at a time: under a POST load every commit would otherwise queue its own relay
     * round (a transaction, the advisory lock and a query), most of them finding nothing left to send.
     * The flag is cleared before the round starts, so a commit during a round queues exactly one more.
     */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Written written) {
        if (wakeUpQueued.compareAndSet(false, true)) {
            wakeUps.execute(() -> {
                wakeUpQueued.set(false);
                relayPending();
            });
        }
    }

    // not before start-up has finished: until then the Kafka channel is not wired
    @Scheduled(every = "${rus.outbox.relay-interval:1s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relayPending() {
        if (!relaying.compareAndSet(false, true)) {
            return;
        }
        try {
            int sent;
            do {
                sent = relayBatch(); // a full batch means more may be waiting
            } while (sent == BATCH);
            if (sent >= 0) {
                // a short batch, all of it published: the outbox was empty as of that read, and a row committed
                // since has queued a round of its own; counting it again would cost a query per round under load
                metrics.caughtUp();
            } else {
                metrics.refreshBacklog();
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay paused, will retry: %s", e.getMessage());
        } finally {
            relaying.set(false);
        }
    }

    /**
     * Sends one batch without waiting for each acknowledgement in turn (the idempotent producer keeps
     * per-partition order), then marks the acknowledged prefix published in one statement. A failure
     * leaves that row and every later one for the next round, so they go out again in commit order.
     * Only one instance of a service relays at a time: the transaction-scoped advisory lock keeps the
     * outbox's commit order across instances, which row locks with SKIP LOCKED would not.
     * Returns how many it published, or -1 when it published only some of them or another instance relays.
     */
    @Transactional
    int relayBatch() {
        Boolean leader = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", RELAY_LOCK)
                .getSingleResult();
        if (!leader) {
            return -1; // another instance relays; what is left is for the backlog query to say
        }
        @SuppressWarnings("unchecked")
        List<OutboxEvent> pending = entityManager.createNativeQuery(
                        "SELECT * FROM outbox_event WHERE published_at IS NULL ORDER BY seq LIMIT :batch",
                        OutboxEvent.class)
                .setParameter("batch", BATCH)
                .getResultList();
        List<CompletableFuture<Void>> acknowledgements = send(pending);
        List<UUID> published = new ArrayList<>(pending.size());
        try {
            for (int i = 0; i < pending.size(); i++) {
                acknowledgements.get(i).get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                published.add(pending.get(i).id);
            }
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("outbox relay paused after %d of %d events, will retry: %s", published.size(), pending.size(),
                    e.getCause() == null ? e.toString() : e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!published.isEmpty()) {
            entityManager.createQuery("UPDATE OutboxEvent SET publishedAt = :now WHERE id IN :ids")
                    .setParameter("now", Instant.now())
                    .setParameter("ids", published)
                    .executeUpdate();
            metrics.published(pending.subList(0, published.size()));
        }
        return published.size() == pending.size() ? pending.size() : -1;
    }

    /**
     * Sends outside the relay's transaction: the acknowledgements complete on the producer's threads, and context
     * propagation would otherwise carry the transaction there, so that its commit found two threads inside it
     * (ARJUNA012094) and rolled back, leaving the batch to be sent again.
     */
    private List<CompletableFuture<Void>> send(List<OutboxEvent> pending) {
        Transaction relaying = suspend();
        try {
            List<CompletableFuture<Void>> acknowledgements = new ArrayList<>(pending.size());
            for (OutboxEvent event : pending) {
                acknowledgements.add(kafka.sendMessage(message(event)).subscribeAsCompletionStage());
            }
            return acknowledgements;
        } finally {
            resume(relaying);
        }
    }

    private Transaction suspend() {
        try {
            return transactions.suspend();
        } catch (SystemException e) {
            throw new IllegalStateException("cannot suspend the relay's transaction", e);
        }
    }

    private void resume(Transaction relaying) {
        try {
            transactions.resume(relaying);
        } catch (InvalidTransactionException | SystemException e) {
            throw new IllegalStateException("cannot resume the relay's transaction", e);
        }
    }

    private static Message<String> message(OutboxEvent event) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.messageKey)
                .withHeaders(new RecordHeaders().add("content-type",
                        CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)))
                .build();
        // the producer span (and the traceparent header the connector writes) continues the writing request's trace
        return Message.of(event.envelope).addMetadata(metadata)
                .addMetadata(TracingMetadata.withCurrent(TraceParents.context(event.traceParent)));
    }

    @PreDestroy
    void stop() {
        wakeUps.shutdownNow();
    }
}
