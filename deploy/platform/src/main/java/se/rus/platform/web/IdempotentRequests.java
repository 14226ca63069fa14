package se.rus.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import se.rus.platform.security.CurrentActor;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Retries of a POST: the same Idempotency-Key with the same body gets the first response again, with another
 * body a 422. Keys are scoped to the caller and the path. The key row is inserted first, in the transaction of
 * the use case, so a concurrent retry waits for the first to commit and then replays it; a failed first attempt
 * rolls the key back and the retry runs afresh.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentActor actor;

    @Transactional
    public Response once(String key, UriInfo uri, Object request, Supplier<Response> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        if (key.length() > 200) {
            throw ProblemException.invalid(HEADER, "får ha högst 200 tecken");
        }
        String subject = actor.get().subject();
        String operation = "POST " + uri.getPath();
        String hash = sha256(write(request));
        int inserted = statement("INSERT INTO idempotent_request "
                        + "(subject, operation, idempotency_key, request_hash, created_at) "
                        + "VALUES (:subject, :operation, :key, :hash, :now) ON CONFLICT DO NOTHING")
                .setParameter("subject", subject).setParameter("operation", operation).setParameter("key", key)
                .setParameter("hash", hash).setParameter("now", Instant.now())
                .executeUpdate();
        if (inserted == 0) {
            return replay(subject, operation, key, hash);
        }
        Response response = action.get();
        entityManager.flush(); // the action's constraint violations surface here (mapped to 409), not at commit
        statement("UPDATE idempotent_request SET status = :status, location = :location, "
                        + "etag = :etag, body = :body WHERE subject = :subject AND operation = :operation "
                        + "AND idempotency_key = :key")
                .setParameter("status", response.getStatus())
                .setParameter("location", response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter("etag", response.getEntityTag() == null ? null : response.getEntityTag().getValue())
                .setParameter("body", response.getEntity() == null ? null : write(response.getEntity()))
                .setParameter("subject", subject).setParameter("operation", operation).setParameter("key", key)
                .executeUpdate();
        return response;
    }

    /**
     * A native statement that says it touches only idempotent_request: without that, Hibernate auto-flushes the
     * session and schedules a bulk clean-up of every cached query space around each of the two statements.
     */
    private jakarta.persistence.Query statement(String sql) {
        return entityManager.createNativeQuery(sql).unwrap(org.hibernate.query.NativeQuery.class)
                .addSynchronizedQuerySpace("idempotent_request");
    }

    private Response replay(String subject, String operation, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT request_hash, status, location, etag, body "
                        + "FROM idempotent_request WHERE subject = :subject AND operation = :operation "
                        + "AND idempotency_key = :key")
                .setParameter("subject", subject).setParameter("operation", operation).setParameter("key", key)
                .getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw ProblemException.unprocessable("Idempotency-Key " + key + " har redan använts med ett annat innehåll");
        }
        Response.ResponseBuilder response = Response.status(((Number) row[1]).intValue());
        if (row[2] != null) {
            response.location(URI.create((String) row[2]));
        }
        if (row[3] != null) {
            response.tag((String) row[3]);
        }
        if (row[4] != null) {
            response.entity(row[4]).type(MediaType.APPLICATION_JSON);
        }
        return response.build();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
