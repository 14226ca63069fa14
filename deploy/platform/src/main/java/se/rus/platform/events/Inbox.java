package se.rus.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;
import se.rus.platform.web.ExactNumbersJson;

/**
 * The consumer side of exactly-once effects: an event id is recorded in the same transaction as
 * the projection change it causes, so a redelivered event is recognised and skipped.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager entityManager;

    private final ObjectMapper json;

    @Inject
    EventMetrics metrics;

    @Inject
    Inbox(ObjectMapper restMapper) {
        this.json = ExactNumbersJson.forEventPayloads(restMapper);
    }

    public CloudEvent parse(String envelope) {
        try {
            return json.readValue(envelope, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a CloudEvents envelope: " + e.getOriginalMessage(), e);
        }
    }

    public <T> T dataOf(CloudEvent event, Class<T> type) {
        try {
            return json.treeToValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload of " + event.type() + " does not fit " + type.getSimpleName(), e);
        }
    }

    /**
     * True the first time {@code consumer} sees this event; false on every redelivery. The insert names its table
     * as its only query space: otherwise Hibernate flushes every pending entity change before it (a native
     * statement could read any table), and a batch of events applied in one transaction would dirty-check all
     * its entities once per event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(CloudEvent event, String consumer) {
        int inserted = entityManager.createNativeQuery(
                        "INSERT INTO processed_event (event_id, consumer, event_type, processed_at) "
                                + "VALUES (:id, :consumer, :type, now()) ON CONFLICT DO NOTHING")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("processed_event")
                .setParameter("id", event.id())
                .setParameter("consumer", consumer)
                .setParameter("type", event.type())
                .executeUpdate();
        if (inserted == 1) {
            metrics.consumed(event.type(), consumer);
        }
        return inserted == 1;
    }

    /** Applies {@code effect} the first time {@code consumer} sees the event; true when it was applied. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyOnce(CloudEvent event, String consumer, Runnable effect) {
        if (!firstDelivery(event, consumer)) {
            return false;
        }
        effect.run();
        return true;
    }
}
