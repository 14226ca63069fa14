package se.rus.followup.replica;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.rus.platform.events.IncomingEvents;

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

    @Incoming("planning-events")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        incoming.take(record, applying::apply);
    }
}
