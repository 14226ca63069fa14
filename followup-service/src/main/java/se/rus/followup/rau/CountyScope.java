package se.rus.followup.rau;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.rus.platform.security.CurrentActor;
import se.rus.platform.security.Roles;
import se.rus.platform.web.ProblemException;

/** A county's token writes only its own county's RÅU; the working group may write for any county. */
@ApplicationScoped
public class CountyScope {

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentActor actor;

    public void requireMayWrite(String countyCode) {
        if (identity.hasRole(Roles.WORKING_GROUP)) {
            return;
        }
        String own = actor.countyCode().orElse(null);
        if (own == null || !own.equals(countyCode)) {
            throw ProblemException.forbidden("Token för län " + (own == null ? "(inget län)" : own)
                    + " får inte skriva länets " + countyCode + " uppföljning");
        }
    }
}
