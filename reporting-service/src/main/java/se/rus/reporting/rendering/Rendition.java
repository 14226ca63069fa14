package se.rus.reporting.rendering;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import se.rus.reporting.model.Report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One rendering of a report, with the content hash of its JSON as the ETag. */
public record Rendition(byte[] body, MediaType type, EntityTag etag) {

    public static Rendition of(Report report, ReportFormat format, ObjectMapper json) {
        byte[] content = jsonOf(report, json);
        String hash = hash(content);
        return of(format.render(report, content), format, hash);
    }

    /** A body already rendered (an approved version's, as stored), tagged with its content's hash. */
    public static Rendition of(byte[] body, ReportFormat format, String contentHash) {
        return new Rendition(body, format.mediaType(), new EntityTag(contentHash + format.etagSuffix()));
    }

    public static byte[] jsonOf(Report report, ObjectMapper json) {
        try {
            return json.writeValueAsBytes(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report of " + report.year() + " cannot be written as JSON", e);
        }
    }

    public static String hash(byte[] content) {
        try {
            return "sha256-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** 304 when If-None-Match names this rendering, otherwise the body with its ETag. */
    public Response respond(Request request) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.tag(etag).build();
        }
        return Response.ok(body, type).tag(etag).build();
    }
}
