package se.rus.reporting.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.platform.security.CurrentActor;
import se.rus.platform.web.ProblemException;
import se.rus.reporting.webhook.WebhookViews.SecretView;
import se.rus.reporting.webhook.WebhookViews.SubscriptionView;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Use cases of a subscriber: subscribe, change, unsubscribe, rotate the secret, ping, redeliver. */
@ApplicationScoped
public class SubscribingToWebhooks {

    @Inject
    CurrentActor actor;

    @Inject
    WebhookSender sender;

    @Inject
    WebhookSettings settings;

    @Inject
    WebhookMessages messages;

    @Transactional
    public SubscriptionView subscribe(Subscriber owner, NewSubscription request) {
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.audience = owner.audience();
        subscription.countyCode = owner.countyCode();
        subscription.url = checkedUrl(request.url());
        subscription.eventTypes = checkedTypes(owner, request.eventTypes());
        subscription.description = request.description();
        subscription.enabled = true;
        subscription.secret = Signatures.newSecret();
        subscription.createdAt = Instant.now();
        subscription.createdBy = actor.get().subject();
        subscription.persist();
        return SubscriptionView.of(subscription, subscription.secret);
    }

    SubscriptionChange current(UUID id, Subscriber caller) {
        WebhookSubscription s = WebhookSubscription.visible(id, caller);
        return new SubscriptionChange(s.url, List.of(s.eventTypes), s.description, s.enabled);
    }

    @Transactional
    public SubscriptionView change(UUID id, Subscriber caller, SubscriptionChange change) {
        WebhookSubscription subscription = WebhookSubscription.visible(id, caller);
        subscription.url = checkedUrl(change.url());
        // the owner's rights decide, also when the working group edits a county's subscription
        subscription.eventTypes = checkedTypes(subscription.owner(), change.eventTypes());
        subscription.description = change.description();
        if (change.enabled() && !subscription.enabled) {
            subscription.enabled = true;
            subscription.disabledReason = null;
            subscription.failingSince = null;
            WebhookDelivery.update("nextAttemptAt = ?1 where subscriptionId = ?2 and state = ?3", Instant.now(),
                    subscription.id, WebhookDelivery.PENDING);
            messages.wakeWorkerAfterCommit();
        } else if (!change.enabled()) {
            subscription.disable(subscription.enabled ? "Avstängd av " + actor.get().subject()
                    : subscription.disabledReason);
        }
        return SubscriptionView.of(subscription, null);
    }

    @Transactional
    public void unsubscribe(UUID id, Subscriber caller) {
        WebhookSubscription.visible(id, caller).delete();
    }

    @Transactional
    public SecretView rotate(UUID id, Subscriber caller) {
        WebhookSubscription subscription = WebhookSubscription.visible(id, caller);
        subscription.previousSecret = subscription.secret;
        subscription.previousSecretUntil = Instant.now().plus(settings.rotationOverlap());
        subscription.secret = Signatures.newSecret();
        return new SecretView(subscription.secret, subscription.previousSecretUntil);
    }

    @Transactional
    public WebhookDelivery ping(UUID id, Subscriber caller) {
        WebhookSubscription subscription = WebhookSubscription.visible(id, caller);
        requireEnabled(subscription);
        return messages.ping(subscription);
    }

    @Transactional
    public WebhookDelivery redeliver(UUID id, UUID deliveryId, Subscriber caller) {
        WebhookSubscription subscription = WebhookSubscription.visible(id, caller);
        WebhookDelivery delivery = delivery(subscription, deliveryId);
        requireEnabled(subscription);
        if (WebhookDelivery.PENDING.equals(delivery.state)) {
            throw ProblemException.conflict("Meddelandet väntar redan på leverans");
        }
        // the same message again (same webhook-id and body), in its place in the subscription's order
        delivery.state = WebhookDelivery.PENDING;
        delivery.firstAttemptAt = null;
        delivery.nextAttemptAt = Instant.now();
        delivery.deliveredAt = null;
        messages.wakeWorkerAfterCommit();
        return delivery;
    }

    static WebhookDelivery delivery(WebhookSubscription subscription, UUID deliveryId) {
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
        if (delivery == null || !delivery.subscriptionId.equals(subscription.id)) {
            throw ProblemException.notFound("Ingen leverans " + deliveryId + " för prenumerationen");
        }
        return delivery;
    }

    private static void requireEnabled(WebhookSubscription subscription) {
        if (!subscription.enabled) {
            throw ProblemException.conflict("Prenumerationen är avstängd: " + subscription.disabledReason);
        }
    }

    private String checkedUrl(String url) {
        sender.targets().refusal(url).ifPresent(reason -> {
            throw ProblemException.invalid("url", reason);
        });
        return url;
    }

    private static String[] checkedTypes(Subscriber owner, List<String> requested) {
        LinkedHashSet<String> types = new LinkedHashSet<>();
        for (String wire : requested) {
            WebhookEventType type = WebhookEventType.of(wire).orElseThrow(() -> ProblemException.invalid("eventTypes",
                    "okänd händelsetyp " + wire + "; kända: " + WebhookViews.EVENT_TYPES));
            if (!owner.maySubscribe(type)) {
                throw ProblemException.invalid("eventTypes", "rollen får inte prenumerera på " + wire
                        + " (länsstyrelser: RÅU-omgångar och egna inlämningar; Naturvårdsverket: berättelser och omgångar)");
            }
            types.add(wire);
        }
        return types.toArray(String[]::new);
    }
}
