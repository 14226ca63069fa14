package se.rus.reporting.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Turns one happening into one message per subscription that wants it and may read it, written in the caller's
 * transaction (the one applying the event), so a message exists exactly when its event took effect.
 */
@ApplicationScoped
public class WebhookMessages {

    static final String SOURCE = "/rus/reporting-service";

    @Inject
    ObjectMapper json;

    @Inject
    Event<DeliveringWebhooks.Written> written;

    /**
     * The happening as a CloudEvent: {@code counties} are the counties it concerns (null: none in particular, only
     * roles that read everything of its kind receive it). A subscription created after the event (a rebuild replays
     * old events) does not receive it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publish(WebhookEventType type, UUID eventId, String subject, Instant time, ObjectNode data,
                       Collection<String> counties) {
        String body = cloudEvent(type.wire, eventId, subject, time, data);
        List<WebhookSubscription> receivers = WebhookSubscription.<WebhookSubscription>list("enabled", true).stream()
                .filter(subscription -> subscription.wants(type))
                .filter(subscription -> subscription.owner().receives(type, counties))
                .filter(subscription -> !subscription.createdAt.isAfter(time))
                .toList();
        Instant now = Instant.now();
        receivers.forEach(subscription -> WebhookDelivery.pending(subscription.id, type.wire, body, now));
        if (!receivers.isEmpty()) {
            written.fire(new DeliveringWebhooks.Written());
        }
        return receivers.size();
    }

    /** The ping of {@code POST …/{id}/test}: to that subscription only, whatever it subscribes to. */
    @Transactional(Transactional.TxType.MANDATORY)
    public WebhookDelivery ping(WebhookSubscription subscription) {
        Instant now = Instant.now();
        ObjectNode data = json.createObjectNode().put("subscriptionId", subscription.id.toString())
                .put("message", "Testmeddelande från RUS");
        WebhookDelivery delivery = WebhookDelivery.pending(subscription.id, WebhookEventType.TEST,
                cloudEvent(WebhookEventType.TEST, UUID.randomUUID(), subscription.id.toString(), now, data), now);
        written.fire(new DeliveringWebhooks.Written());
        return delivery;
    }

    /** Wakes the worker once the caller's transaction commits (a redelivery, a subscription enabled again). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void wakeWorkerAfterCommit() {
        written.fire(new DeliveringWebhooks.Written());
    }

    ObjectNode data() {
        return json.createObjectNode();
    }

    private String cloudEvent(String type, UUID id, String subject, Instant time, ObjectNode data) {
        ObjectNode event = json.createObjectNode()
                .put("specversion", "1.0")
                .put("id", id.toString())
                .put("source", SOURCE)
                .put("type", type)
                .put("subject", subject)
                .put("time", time.toString())
                .put("datacontenttype", "application/json");
        event.set("data", data);
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
