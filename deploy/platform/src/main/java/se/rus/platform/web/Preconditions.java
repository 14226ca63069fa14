package se.rus.platform.web;

import jakarta.ws.rs.core.EntityTag;

import java.util.List;

/** Optimistic locking over HTTP: the entity version is the ETag; writes must send If-Match. */
public final class Preconditions {

    private Preconditions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 428 without If-Match, 412 when it names another version than the stored one. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "If-Match krävs",
                    "Skicka resursens ETag i If-Match för att ändra den", List.of());
        }
        String expected = etag(currentVersion).toString();
        boolean matches = ifMatch.trim().equals("*")
                || List.of(ifMatch.split(",")).stream().map(String::trim)
                        .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                        .anyMatch(expected::equals);
        if (!matches) {
            throw new ProblemException(412, "precondition-failed", "Resursen har ändrats",
                    "If-Match " + ifMatch + " matchar inte nuvarande version " + expected, List.of());
        }
    }
}
