package se.rus.reporting.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The webhook API's answer bodies (what it takes are the commands NewSubscription and SubscriptionChange). */
public final class WebhookViews {

    private WebhookViews() {
    }

    static final String EVENT_TYPES = "report.approved, report.reopened, rau.round.opened, rau.round.changed, "
            + "rau.round.closed, rau.submission.returned, rau.submission.accepted";

    @Schema(name = "WebhookSubscription")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SubscriptionView(
            UUID id, @Schema(example = "https://lansstyrelsen.example/rus/webhooks") String url,
            @Schema(example = "Länets ärendesystem") String description,
            @Schema(example = "[\"rau.submission.returned\"]") List<String> eventTypes,
            boolean enabled,
            @Schema(description = "Varför den stängdes av (410 Gone, eller misslyckade leveranser i 3 dagar)") String disabledReason,
            @Schema(description = "Första misslyckade försöket sedan den senaste lyckade leveransen") Instant failingSince,
            @Schema(example = "county") String ownerRole, @Schema(example = "01") String ownerCountyCode,
            Instant createdAt, String createdBy,
            @Schema(description = "Signeringsnyckeln (whsec_…); visas bara i svaret på skapandet", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {

        static SubscriptionView of(WebhookSubscription s, String secret) {
            return new SubscriptionView(s.id, s.url, s.description, List.of(s.eventTypes), s.enabled, s.disabledReason,
                    s.failingSince, s.audience, s.countyCode, s.createdAt, s.createdBy, secret);
        }
    }

    @Schema(name = "WebhookSecret")
    public record SecretView(@Schema(example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
                             @Schema(description = "Den gamla nyckeln signerar också fram till dess") Instant previousSecretValidUntil) {
    }

    @Schema(name = "WebhookAttempt")
    public record AttemptView(@Schema(example = "1") int attempt, Instant attemptedAt,
                              @Schema(example = "500", description = "Mottagarens status; saknas när inget svar kom") Integer status,
                              @Schema(example = "84") long latencyMs, @Schema(example = "mottagaren svarade 500") String error) {
        static AttemptView of(WebhookAttempt a) {
            return new AttemptView(a.attempt, a.attemptedAt, a.statusCode, a.latencyMs, a.error);
        }
    }

    @Schema(name = "WebhookDelivery")
    public record DeliveryView(UUID id, @Schema(example = "msg_2f0c9a7e-3d1b-4b8e-9f4a-0c6d5e7f8a9b", description = "webhook-id, samma vid varje försök") String messageId,
                               @Schema(example = "report.approved") String eventType,
                               @Schema(enumeration = {"PENDING", "DELIVERED", "FAILED"}) String state,
                               Instant createdAt, Instant nextAttemptAt, Instant deliveredAt, String lastError,
                               List<AttemptView> attempts) {
        static DeliveryView of(WebhookDelivery d) {
            List<AttemptView> attempts = WebhookAttempt.<WebhookAttempt>list("deliveryId = ?1 order by attempt", d.id)
                    .stream().map(AttemptView::of).toList();
            return new DeliveryView(d.id, d.messageId(), d.eventType, d.state, d.createdAt,
                    WebhookDelivery.PENDING.equals(d.state) ? d.nextAttemptAt : null, d.deliveredAt, d.lastError, attempts);
        }
    }
}
