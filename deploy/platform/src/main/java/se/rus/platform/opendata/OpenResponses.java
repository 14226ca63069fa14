package se.rus.platform.opendata;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The cache headers of an open-data answer: a strong {@code ETag} of the bytes served (so one URL in two
 * representations has two tags), {@code If-None-Match} answered 304 without the body, {@code Cache-Control: public}
 * with a short lifetime (what is open is final, but a round may close and a report be approved at any time), and
 * {@code Vary: Accept} because the representation follows it.
 */
public final class OpenResponses {

    /** Five minutes: long enough to spare a harvesting portal's repeats, short enough for news to show the same day. */
    static final int MAX_AGE_SECONDS = 300;

    private OpenResponses() {
    }

    public static Response cached(Request request, byte[] body, String contentType) {
        EntityTag tag = new EntityTag(digest(body));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = unchanged != null ? unchanged : Response.ok(body, contentType);
        return answer.tag(tag).header("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS).header("Vary", "Accept").build();
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
