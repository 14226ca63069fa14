package se.rus.reporting.projection;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.rus.platform.events.IncomingEvents;
import se.rus.reporting.report.ReportCache;

/**
 * Takes the three topics in. After an event commits every assembled report is dropped: a year's report
 * also reads year − 1 and the goals of its whole period, so one event can touch several years.
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

    @Inject
    ReportCache cache;

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
        incoming.take(record, event -> gate.run(() -> {
            if (applying.apply(record.topic(), event)) {
                cache.invalidateAll();
            }
        }));
    }
}
