package se.rus.followup.opendata;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import se.rus.platform.web.ProblemException;

import java.util.Map;

/**
 * Which representation an open-data answer takes: {@code ?format=} when given (a link in a catalogue or a
 * browser cannot set {@code Accept}), else the client's most preferred acceptable type among those offered, else
 * the first offered. An unknown {@code format} is a 400 naming it.
 */
final class Representation {

    static final String PARAMETER = "format";

    private Representation() {
    }

    /** @param offered format name → media type, the default first */
    static String choose(String format, HttpHeaders headers, Map<String, String> offered) {
        if (format != null && !format.isEmpty()) {
            String type = offered.get(format);
            if (type == null) {
                throw ProblemException.invalid(PARAMETER, "okänt format; tillåtna: " + String.join(", ", offered.keySet()));
            }
            return type;
        }
        String fallback = offered.values().iterator().next();
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isWildcardType()) {
                return fallback;
            }
            for (String type : offered.values()) {
                if (acceptable.isCompatible(MediaType.valueOf(type))) {
                    return type;
                }
            }
        }
        return fallback;
    }
}
