package se.rus.platform.events;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * <p>
 * A consumer that must keep up with a busy topic takes a whole poll at once ({@link #takeAll}, with the channel's
 * {@code batch=true}): one transaction for the batch while all goes well, and exactly the rules above, record by
 * record, for a batch that fails.
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

    /**
     * Takes a poll's records: first all together with {@code applyAll}, which is to apply their events in order in
     * one transaction (one commit, and whatever it can share, for the whole batch); if that fails for any reason —
     * a record that is not a usable event, a payload that does not fit, data the database refuses, the database
     * away — the transaction has rolled back and each record is taken on its own with {@code apply}
     * ({@link #take}), so a poison record is dead-lettered alone and a transient failure is retried in place, as
     * for a consumer of single records. A count kept on commit ({@code rus_events_consumed_total}) thus counts each
     * event once. The records are taken in the order given, which keeps each partition's order.
     */
    public void takeAll(List<ConsumerRecord<String, String>> records, Consumer<List<CloudEvent>> applyAll,
                        Consumer<CloudEvent> apply) {
        // one record gains nothing from a batch, and is then taken exactly as a single-record consumer takes it
        if (records.size() > 1 && !stopping) {
            List<CloudEvent> events = usable(records);
            if (events != null) {
                try {
                    applyAll.accept(events);
                    return;
                } catch (RuntimeException failure) {
                    ConsumerRecord<String, String> first = records.get(0);
                    LOG.infof("%d records from %s[%d]@%d could not be applied together, taking them one at a time: %s",
                            records.size(), first.topic(), first.partition(), first.offset(),
                            ConsumerFailures.reason(failure));
                }
            }
        }
        records.forEach(record -> take(record, apply));
    }

    /** The records' events, or null when one of them is not a usable event (it is then dead-lettered by take). */
    private List<CloudEvent> usable(List<ConsumerRecord<String, String>> records) {
        List<CloudEvent> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            CloudEvent event;
            try {
                event = inbox.parse(record.value());
            } catch (IllegalArgumentException notAnEvent) {
                return null;
            }
            if (event == null || event.id() == null || event.type() == null) {
                return null;
            }
            events.add(event);
        }
        return events;
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
