package se.rus.platform.events;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How every consumer takes a record off a topic, so that no record is lost and none stops the topic:
 * <ul>
 * <li>a record that is not a CloudEvent, lacks an id or a type, has a payload that does not fit its type, or
 * whose data the database refuses (SQLSTATE 22/23) is a dead letter ({@link DeadLetters}): counted, forwarded
 * to {@code <topic>.dlq}, and the consumer goes on with the next record;</li>
 * <li>anything that will pass (the database or the broker unreachable, a lock or serialization conflict) is
 * retried in place, with a back-off growing to {@link #LONGEST_PAUSE}, until it succeeds: the same process
 * carries on when PostgreSQL returns, and the records behind this one wait in order.</li>
 * </ul>
 * Holding a record for minutes is safe with the SmallRye Kafka connector: it polls on its own thread and
 * pauses the partitions while the consumer method is busy, so {@code max.poll.interval.ms} is never exceeded
 * and the group keeps its partitions. Its throttled commit strategy would instead declare a record unacked for
 * 60 s fatal and close the consumer, which is why the platform sets
 * {@code throttled.unprocessed-record-max-age.ms=0} for every channel.
 * <p>
 * A failure that fits neither list (a bug, an exception nobody foresaw) is dead-lettered too, but only once
 * the dead letter itself is stored: if the database is away that fails, and the record is retried instead.
 */
@ApplicationScoped
public class IncomingEvents {

    static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(IncomingEvents.class);

    @Inject
    Inbox inbox;

    @Inject
    DeadLetters deadLetters;

    private volatile boolean stopping;

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /** Applies the record's event with {@code apply}, or dead-letters the record; returns when one of them is done. */
    public void take(ConsumerRecord<String, String> record, Consumer<CloudEvent> apply) {
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            try {
                attempt(record, apply);
                if (attempt > 1) {
                    LOG.infof("%s[%d]@%d taken after %d attempts", record.topic(), record.partition(), record.offset(),
                            attempt);
                }
                return;
            } catch (RuntimeException failure) {
                if (stopping) {
                    // not acknowledged, so consumed again after the restart
                    throw failure;
                }
                if (attempt == 1 || attempt % 20 == 0) {
                    LOG.warnf("%s[%d]@%d could not be taken (attempt %d), retrying: %s", record.topic(),
                            record.partition(), record.offset(), attempt, ConsumerFailures.reason(failure));
                }
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private void attempt(ConsumerRecord<String, String> record, Consumer<CloudEvent> apply) {
        CloudEvent event;
        try {
            event = inbox.parse(record.value());
        } catch (IllegalArgumentException notAnEvent) {
            deadLetters.take(record, null, ConsumerFailures.reason(notAnEvent));
            return;
        }
        if (event == null || event.id() == null || event.type() == null) {
            deadLetters.take(record, event, "the CloudEvent lacks its id or type");
            return;
        }
        try {
            apply.accept(event);
        } catch (RuntimeException failure) {
            if (ConsumerFailures.isTransient(failure)) {
                throw failure;
            }
            deadLetters.take(record, event, ConsumerFailures.reason(failure));
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a record", e);
        }
    }
}
