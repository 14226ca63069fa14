package se.rus.reporting.projection;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.rus.platform.events.IncomingEvents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes the three topics in, a poll at a time (the channels' {@code batch=true}): applied one event at a time, with
 * its own transaction and commit, reporting kept up with ~200 events/s and fell seconds behind a finance bulk load.
 * A poll's events are applied in one transaction ({@link ApplyingEvent#applyAll}), in partition order; should that
 * fail, the poll is taken again record by record ({@link IncomingEvents#takeAll}), so a record that cannot be used
 * goes to its topic's dead-letter topic alone and a database outage is waited out, and the topic goes on. Applying
 * events bumps the read-model version of every year whose report they can change, in their transaction; cached
 * reports of other versions are no longer used (ReportCache). Retries wait outside the gate, so a rebuild can run.
 */
@ApplicationScoped
public class EventIntake {

    @Inject
    IncomingEvents incoming;

    @Inject
    ApplyingEvent applying;

    @Inject
    ProjectionGate gate;

    @Incoming("planning-events")
    @Blocking
    public void planning(ConsumerRecords<String, String> records) {
        takeAll(records);
    }

    @Incoming("finance-events")
    @Blocking
    public void finance(ConsumerRecords<String, String> records) {
        takeAll(records);
    }

    @Incoming("followup-events")
    @Blocking
    public void followup(ConsumerRecords<String, String> records) {
        takeAll(records);
    }

    public void take(ConsumerRecord<String, String> record) {
        incoming.take(record, event -> gate.run(() -> applying.apply(record.topic(), event)));
    }

    /** A poll's records, in their order within each partition; a batch transaction holds one topic's records. */
    public void takeAll(Iterable<ConsumerRecord<String, String>> records) {
        Map<String, List<ConsumerRecord<String, String>>> byTopic = new LinkedHashMap<>();
        records.forEach(record -> byTopic.computeIfAbsent(record.topic(), topic -> new ArrayList<>()).add(record));
        byTopic.forEach((topic, ofTopic) -> incoming.takeAll(ofTopic,
                events -> gate.run(() -> applying.applyAll(topic, events)),
                event -> gate.run(() -> applying.apply(topic, event))));
    }
}
