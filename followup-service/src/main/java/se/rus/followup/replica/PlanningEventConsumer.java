package se.rus.followup.replica;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.rus.platform.events.IncomingEvents;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads rus.planning.v1. A record that is not a usable event goes to rus.planning.v1.dlq and a database
 * outage is waited out ({@link IncomingEvents}): neither holds back the plan changes behind it for good.
 */
@ApplicationScoped
public class PlanningEventConsumer {

    @Inject
    IncomingEvents incoming;

    @Inject
    ApplyingPlanningEvent applying;

    /**
     * A poll at a time (batch=true): one transaction for the poll, record by record should it fail. Reactive
     * Messaging's own {@code @Blocking} (as every consumer of the suite uses): on a worker thread, and ordered by
     * default, one poll after the other, so the replica applies the plan's events in their partition order.
     */
    @Incoming("planning-events")
    @Blocking
    public void on(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> polled = new ArrayList<>(records.count());
        records.forEach(polled::add);
        incoming.takeAll(polled, applying::applyAll, applying::apply);
    }
}
