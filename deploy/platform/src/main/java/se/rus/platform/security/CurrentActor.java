package se.rus.platform.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/** The actor of the current request, or {@link Actor#SYSTEM} outside a request (e.g. a consumer). */
@ApplicationScoped
public class CurrentActor {

    @Inject
    CurrentIdentityAssociation identities;

    public Actor get() {
        return identity()
                .filter(identity -> !identity.isAnonymous())
                .map(identity -> new Actor(identity.getPrincipal().getName(), organisationOf(identity)))
                .orElse(Actor.SYSTEM);
    }

    /** The county a county token is scoped to, if any. */
    public Optional<String> countyCode() {
        return identity().map(SecurityIdentity::getPrincipal)
                .filter(JsonWebToken.class::isInstance).map(JsonWebToken.class::cast)
                .map(jwt -> textClaim(jwt, TokenClaims.COUNTY_CODE));
    }

    private Optional<SecurityIdentity> identity() {
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        return Optional.ofNullable(identities.getIdentity());
    }

    private static String organisationOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && textClaim(jwt, TokenClaims.ORGANISATION) != null) {
            return textClaim(jwt, TokenClaims.ORGANISATION);
        }
        return "okänd";
    }

    /** A claim's text, or null when it is missing or not a JSON string (see {@link TokenClaims}). */
    private static String textClaim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        if (value instanceof String text) {
            return text;
        }
        return value instanceof jakarta.json.JsonString text ? text.getString() : null;
    }
}
