package se.rus.reporting.projection;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.rus.platform.events.IncomingEvents;

/**
 * Takes the three topics in. Applying an event bumps the read-model version of every year whose report it can
 * change, in its transaction; cached reports of other versions are no longer used (ReportCache).
 * A record that cannot be used goes to its topic's dead-letter topic and a database outage is waited out
 * ({@link IncomingEvents}); either way the topic goes on. Retries wait outside the gate, so a rebuild can run.
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
    public void planning(ConsumerRecord<String, String> record) {
        take(record);
    }

    @Incoming("finance-events")
    @Blocking
    public void finance(ConsumerRecord<String, String> record) {
        take(record);
    }

    @Incoming("followup-events")
    @Blocking
    public void followup(ConsumerRecord<String, String> record) {
        take(record);
    }

    public void take(ConsumerRecord<String, String> record) {
        incoming.take(record, event -> gate.run(() -> applying.apply(record.topic(), event)));
    }
}
