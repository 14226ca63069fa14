package se.rus.reporting.webhook;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The delivery worker: one instance of the service sends at a time (a transaction-scoped advisory lock, as the
 * outbox relay), each subscription's oldest pending message first, so a receiver sees its messages in order and a
 * failing one holds back only its own. Subscriptions are sent to in parallel. A commit that wrote messages wakes the
 * worker; the schedule is the safety net and the clock of the retries.
 */
@ApplicationScoped
public class DeliveringWebhooks {

    /** Fired when a transaction wrote messages. */
    public record Written() {
    }

    private static final Logger LOG = Logger.getLogger(DeliveringWebhooks.class);
    /** "RUSWHK": distinct from the outbox relay's lock in the same database. */
    static final long LOCK = 0x5255_5357_484BL;

    private final AtomicBoolean delivering = new AtomicBoolean();
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> new Thread(r, "webhook-worker"));

    @Inject
    EntityManager entityManager;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookSettings settings;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Written written) {
        if (wakeUpQueued.compareAndSet(false, true)) {
            wakeUps.execute(() -> {
                wakeUpQueued.set(false);
                deliverDue();
            });
        }
    }

    @Scheduled(every = "${rus.webhooks.poll-interval:1s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void deliverDue() {
        if (!delivering.compareAndSet(false, true)) {
            return;
        }
        try {
            while (round() > 0) {
                // a delivered message may have made the next one of its subscription due
            }
        } catch (RuntimeException e) {
            LOG.warn("webhook delivery paused, will retry", e);
        } finally {
            delivering.set(false);
        }
    }

    /** Sends every subscription's next due message once; returns how many were delivered (-1: another instance sends). */
    @Transactional
    int round() {
        Boolean leader = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", LOCK).getSingleResult();
        if (!leader) {
            return -1;
        }
        @SuppressWarnings("unchecked")
        List<WebhookDelivery> heads = entityManager.createNativeQuery(
                        "SELECT DISTINCT ON (d.subscription_id) d.* FROM webhook_delivery d "
                                + "JOIN webhook_subscription s ON s.id = d.subscription_id "
                                + "WHERE d.state = 'PENDING' AND s.enabled ORDER BY d.subscription_id, d.seq",
                        WebhookDelivery.class)
                .getResultList();
        Instant now = Instant.now();
        List<WebhookDelivery> due = heads.stream().filter(head -> !head.nextAttemptAt.isAfter(now)).toList();
        List<WebhookSubscription> subscriptions = new ArrayList<>();
        List<CompletableFuture<WebhookSender.Outcome>> outcomes = new ArrayList<>();
        for (WebhookDelivery delivery : due) {
            WebhookSubscription subscription = WebhookSubscription.findById(delivery.subscriptionId);
            subscriptions.add(subscription);
            outcomes.add(sender.send(subscription.url, delivery.messageId(), subscription.signingSecrets(now), delivery.body));
        }
        int delivered = 0;
        for (int i = 0; i < due.size(); i++) {
            WebhookSender.Outcome outcome = outcomes.get(i).join();
            // read again, locked: a PATCH or DELETE may have committed while the message was on its way, and writing
            // back the state read before sending would undo it
            boolean subscribed = !entityManager.createQuery("select s.id from WebhookSubscription s where s.id = :id")
                    .setParameter("id", subscriptions.get(i).id).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList().isEmpty();
            if (!subscribed) {
                continue;
            }
            entityManager.refresh(subscriptions.get(i));
            entityManager.refresh(due.get(i));
            if (record(due.get(i), subscriptions.get(i), outcome)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean record(WebhookDelivery delivery, WebhookSubscription subscription, WebhookSender.Outcome outcome) {
        Instant now = Instant.now();
        delivery.attempts++;
        if (delivery.firstAttemptAt == null) {
            delivery.firstAttemptAt = now;
        }
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.deliveryId = delivery.id;
        attempt.attempt = delivery.attempts;
        attempt.attemptedAt = now;
        attempt.statusCode = outcome.status();
        attempt.latencyMs = outcome.latencyMs();
        attempt.error = outcome.error();
        attempt.persist();
        if (outcome.delivered()) {
            delivery.state = WebhookDelivery.DELIVERED;
            delivery.deliveredAt = now;
            delivery.lastError = null;
            subscription.failingSince = null;
            return true;
        }
        delivery.lastError = outcome.error();
        if (outcome.status() != null && outcome.status() == 410) {
            // the receiver says the endpoint is gone for good; the message waits should the subscription be enabled
            subscription.disable("Mottagaren svarade 410 Gone " + now + "; prenumerationen stängdes av");
            return false;
        }
        if (subscription.failingSince == null) {
            subscription.failingSince = now;
        } else if (!now.isBefore(subscription.failingSince.plus(settings.disableAfter()))) {
            subscription.disable("Leveranserna har misslyckats sedan " + subscription.failingSince
                    + "; senaste felet: " + outcome.error());
        }
        if (!now.isBefore(delivery.firstAttemptAt.plus(settings.retryFor()))) {
            delivery.state = WebhookDelivery.FAILED; // given up; the next message of the subscription goes out
        } else {
            delivery.nextAttemptAt = now.plus(backoff(delivery.attempts));
        }
        return false;
    }

    /** Exponential from the base, capped, with ±20 % jitter so that many failing receivers do not retry in step. */
    Duration backoff(int attempts) {
        long base = settings.backoffBase().toMillis();
        long max = settings.backoffMax().toMillis();
        long exponential = attempts >= 40 ? max : Math.min(max, base << Math.max(0, attempts - 1));
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis(Math.round(exponential * jitter));
    }

    @PreDestroy
    void stop() {
        wakeUps.shutdownNow();
    }
}
