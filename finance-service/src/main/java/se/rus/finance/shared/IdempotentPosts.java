package se.rus.finance.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import se.rus.platform.security.CurrentActor;
import se.rus.platform.web.ProblemException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Retries of a create are safe: a POST with an {@code Idempotency-Key} is answered once, and the
 * same key with the same body gets that first response again; the same key with another body is
 * a client error (422). The stored response commits with the change it describes.
 */
@ApplicationScoped
public class IdempotentPosts {

    public static final String HEADER = "Idempotency-Key";

    @Inject
    ObjectMapper json;

    @Inject
    CurrentActor actor;

    @Inject
    EntityManager entityManager;

    @Transactional
    public Response once(String key, UriInfo uri, Object request, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalid(HEADER, "must be 1–200 characters");
        }
        String subject = actor.get().subject();
        String operation = "POST " + uri.getPath();
        // two concurrent first tries of one key: the second waits and then replays the first
        entityManager.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(:lock))) AS locked")
                .setParameter("lock", subject + "\n" + operation + "\n" + key).getSingleResult();
        String hash = hash(request);
        @SuppressWarnings("unchecked")
        List<Object[]> stored = entityManager.createNativeQuery(
                        "SELECT request_hash, status, location, etag, body FROM idempotent_request "
                                + "WHERE actor = :actor AND operation = :operation AND idempotency_key = :key")
                .setParameter("actor", subject).setParameter("operation", operation).setParameter("key", key)
                .getResultList();
        if (!stored.isEmpty()) {
            Object[] first = stored.get(0);
            if (!hash.equals(first[0])) {
                throw ProblemException.unprocessable("Idempotency-Key " + key + " användes redan med en annan begäran");
            }
            Response.ResponseBuilder replay = Response.status(((Number) first[1]).intValue())
                    .type(MediaType.APPLICATION_JSON).entity(first[4]);
            if (first[2] != null) {
                replay.location(URI.create((String) first[2]));
            }
            if (first[3] != null) {
                replay.header(HttpHeaders.ETAG, first[3]);
            }
            return replay.build();
        }
        Response response = create.get();
        entityManager.createNativeQuery("INSERT INTO idempotent_request (actor, operation, idempotency_key, "
                        + "request_hash, status, location, etag, body, created_at) "
                        + "VALUES (:actor, :operation, :key, :hash, :status, :location, :etag, :body, :createdAt)")
                .setParameter("actor", subject).setParameter("operation", operation).setParameter("key", key)
                .setParameter("hash", hash).setParameter("status", response.getStatus())
                .setParameter("location", response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter("etag", response.getEntityTag() == null ? null : response.getEntityTag().toString())
                .setParameter("body", write(response.getEntity()))
                .setParameter("createdAt", Instant.now())
                .executeUpdate();
        return response;
    }

    private String hash(Object request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(write(request).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
