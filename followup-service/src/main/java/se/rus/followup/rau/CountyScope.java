package se.rus.followup.rau;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.rus.platform.security.CurrentActor;
import se.rus.platform.security.Roles;
import se.rus.platform.web.ProblemException;

/**
 * What the caller's token may see and write of the counties' RÅU: a county's token writes only its own
 * county's submissions (the working group any county's), and reads what {@link SubmissionVisibility} allows.
 */
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

    /** The submissions the caller may read; a role not named here sees only published ones. */
    public SubmissionVisibility visibility() {
        if (identity.hasRole(Roles.WORKING_GROUP) || identity.hasRole(Roles.STEERING)) {
            return SubmissionVisibility.all();
        }
        if (identity.hasRole(Roles.COUNTY)) {
            return actor.countyCode().map(SubmissionVisibility::ownAndPublished)
                    .orElseGet(SubmissionVisibility::publishedOnly);
        }
        return SubmissionVisibility.publishedOnly();
    }
}
