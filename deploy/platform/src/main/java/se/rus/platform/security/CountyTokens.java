package se.rus.platform.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import se.rus.platform.web.Problem;
import se.rus.platform.web.ProblemMappers;

import java.util.List;
import java.util.Set;

/**
 * A county token speaks for one county: its {@code county_code} must be one of the 21 county codes, as a JSON
 * string. A county token without one (missing, blank, unknown such as {@code "99"}, a number, an array) is refused
 * with 403 on every operation, reads included, and the answer says why; before, such a token read as a county.
 */
public class CountyTokens {

    /** The county codes (länskoder) of Sweden's 21 counties. */
    public static final Set<String> COUNTY_CODES = Set.of("01", "03", "04", "05", "06", "07", "08", "09", "10", "12",
            "13", "14", "17", "18", "19", "20", "21", "22", "23", "24", "25");

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Response> refuseCountyTokensWithoutACounty(HttpHeaders headers, UriInfo uri) {
        if (headers.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                .map(identity -> withoutACounty(identity) ? refusal(uri) : null)
                .onFailure().recoverWithNull(); // an invalid token: the security layer answers 401 itself
    }

    public static boolean isCountyCode(String code) {
        return code != null && COUNTY_CODES.contains(code);
    }

    private static boolean withoutACounty(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !identity.hasRole(Roles.COUNTY)) {
            return false;
        }
        Object code = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(TokenClaims.COUNTY_CODE) : null;
        String text = code instanceof String string ? string
                : code instanceof jakarta.json.JsonString json ? json.getString() : null;
        return !isCountyCode(text);
    }

    private static Response refusal(UriInfo uri) {
        return Response.status(403).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type("forbidden"), "Åtkomst nekad", 403,
                        "Token har rollen county men ingen giltig county_code: claimet ska vara en av de 21 "
                                + "länskoderna som text (t.ex. \"01\")", ProblemMappers.instance(uri), List.of()))
                .build();
    }
}
