package se.rus.reporting.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.rus.platform.web.ProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A receiver's URL, the event types it wants and the secret its deliveries are signed with. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String audience;

    @Column(name = "county_code")
    public String countyCode;

    @Column(nullable = false)
    public String url;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false, columnDefinition = "text[]")
    public String[] eventTypes;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(nullable = false)
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Column(name = "failing_since")
    public Instant failingSince;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public Subscriber owner() {
        return new Subscriber(audience, countyCode);
    }

    public boolean wants(WebhookEventType type) {
        return List.of(eventTypes).contains(type.wire);
    }

    /** The secrets that sign a message sent at {@code now}: the current one, and the previous one while it overlaps. */
    public List<String> signingSecrets(Instant now) {
        List<String> secrets = new ArrayList<>(List.of(secret));
        if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    public void disable(String reason) {
        enabled = false;
        disabledReason = reason;
    }

    /** The subscription if the caller sees it; another owner's is as unknown as a missing one. */
    public static WebhookSubscription visible(UUID id, Subscriber caller) {
        WebhookSubscription subscription = findById(id);
        if (subscription == null || !caller.sees(subscription.owner())) {
            throw ProblemException.notFound("Ingen webhook-prenumeration " + id);
        }
        return subscription;
    }
}
