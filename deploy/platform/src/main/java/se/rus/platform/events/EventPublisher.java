package se.rus.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.rus.platform.security.Actor;
import se.rus.platform.security.CurrentActor;
import se.rus.platform.tracing.TraceParents;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Records an event in the outbox. It must run inside the transaction of the state change, so
 * the change and its event are committed, or lost, together; {@link OutboxRelay} sends it later.
 */
@ApplicationScoped
public class EventPublisher {

    @Inject
    ObjectMapper json;

    @Inject
    CurrentActor currentActor;

    @Inject
    jakarta.enterprise.event.Event<OutboxRelay.Written> written;

    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    /**
     * @param key     the Kafka message key: the year, so one year's events stay in order
     * @param type    e.g. {@code se.rus.planning.ActivityPlanned.v1}
     * @param subject the id of the entity the event is about
     * @param data    the full new state (a record), not a diff
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String topic, String key, String type, String subject, Object data) {
        CloudEvent event = event(type, subject, data);
        OutboxEvent row = new OutboxEvent();
        row.id = event.id();
        row.topic = topic;
        row.messageKey = key;
        row.type = type;
        row.subject = subject;
        row.createdAt = event.time();
        row.traceParent = TraceParents.current();
        row.envelope = envelope(event);
        row.persist();
        written.fire(new OutboxRelay.Written());
        return event;
    }

    /** The event this service publishes for {@code data}: from this service, by the current actor, now. */
    public CloudEvent event(String type, String subject, Object data) {
        Actor actor = currentActor.get();
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID(), "/" + serviceName, type, subject,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), "application/json", actor.subject(),
                actor.organisation(), json.valueToTree(data));
    }

    /** The event as its outbox row, and then its Kafka record, carry it. */
    public String envelope(CloudEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.type() + " cannot be serialised", e);
        }
    }
}
