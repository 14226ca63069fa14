package se.rus.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jose4j.jwt.JwtClaims;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the claims the suite relies on by their JSON type, so a token shaped differently from what an identity
 * provider should issue cannot crash a request or widen its rights:
 * {@code groups} is an array of strings (non-strings are ignored), and a single string is ONE group name, never
 * split on spaces (the library would otherwise read {@code "county rus-working-group"} as two roles);
 * {@code county_code} and {@code organisation} count only as strings (a number or an array means "none").
 */
public final class TokenClaims {

    public static final String GROUPS = "groups";
    public static final String COUNTY_CODE = "county_code";
    public static final String ORGANISATION = "organisation";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TokenClaims() {
    }

    /** Replaces the verified claims' groups, county code and organisation by their typed reading of the raw JSON. */
    public static void normalise(JwtClaims claims) throws IOException {
        JsonNode raw = JSON.readTree(claims.getRawJson());
        if (raw.has(GROUPS)) {
            claims.setStringListClaim(GROUPS, groupsOf(raw.get(GROUPS)));
        }
        for (String textOnly : List.of(COUNTY_CODE, ORGANISATION)) {
            if (raw.has(textOnly) && !raw.get(textOnly).isTextual()) {
                claims.unsetClaim(textOnly);
            }
        }
    }

    static List<String> groupsOf(JsonNode groups) {
        if (groups.isTextual()) {
            return List.of(groups.asText());
        }
        List<String> names = new ArrayList<>();
        if (groups.isArray()) {
            groups.forEach(group -> {
                if (group.isTextual()) {
                    names.add(group.asText());
                }
            });
        }
        return names;
    }
}
