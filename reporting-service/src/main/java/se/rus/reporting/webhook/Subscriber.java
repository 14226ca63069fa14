package se.rus.reporting.webhook;

import jakarta.ws.rs.core.SecurityContext;
import se.rus.platform.security.Roles;
import se.rus.platform.web.ProblemException;

import java.util.Collection;
import java.util.Objects;

/**
 * Who owns a subscription and so what its deliveries may carry: the working group and the steering group read
 * everything, Naturvårdsverket reads reports and rounds, a county its own submissions and the rounds that include it.
 */
public record Subscriber(String audience, String countyCode) {

    /** The caller as a subscriber; its strongest role decides. */
    public static Subscriber of(SecurityContext security, java.util.Optional<String> countyCode) {
        for (String role : new String[]{Roles.WORKING_GROUP, Roles.STEERING, Roles.NATURVARDSVERKET}) {
            if (security.isUserInRole(role)) {
                return new Subscriber(role, null);
            }
        }
        if (security.isUserInRole(Roles.COUNTY) && countyCode.isPresent()) {
            return new Subscriber(Roles.COUNTY, countyCode.get());
        }
        throw ProblemException.forbidden("Token saknar en roll som får prenumerera på händelser");
    }

    public boolean readsEverything() {
        return audience.equals(Roles.WORKING_GROUP) || audience.equals(Roles.STEERING);
    }

    /** Whether the subscriber may subscribe to the type at all. */
    public boolean maySubscribe(WebhookEventType type) {
        return switch (audience) {
            case Roles.WORKING_GROUP, Roles.STEERING -> true;
            case Roles.NATURVARDSVERKET -> type.isReport() || type.isRound();
            case Roles.COUNTY -> !type.isReport();
            default -> false;
        };
    }

    /** Whether an event concerning {@code counties} (null: no county in particular) reaches this subscriber. */
    public boolean receives(WebhookEventType type, Collection<String> counties) {
        if (!maySubscribe(type)) {
            return false;
        }
        if (!audience.equals(Roles.COUNTY)) {
            return true;
        }
        return counties != null && counties.contains(countyCode);
    }

    /** Whether the caller sees (and manages) a subscription: its own, or any for the working group. */
    public boolean sees(Subscriber owner) {
        return audience.equals(Roles.WORKING_GROUP)
                || (audience.equals(owner.audience) && Objects.equals(countyCode, owner.countyCode));
    }
}
