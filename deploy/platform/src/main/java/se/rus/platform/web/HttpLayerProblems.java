package se.rus.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the HTTP layer refuses before any resource runs is answered as a problem too, never with an empty body:
 * <ul>
 * <li>414 for a request line longer than {@code rus.http.max-uri-length} and 431 for headers larger than
 * {@code rus.http.max-header-size}. Vert.x answers both itself, empty and unreachable for the application, so its
 * own limits ({@code quarkus.http.limits.max-initial-line-length}, {@code …max-header-size}) are set far above
 * these and the refusal is made here. Beyond the HTTP layer's limits (64 KiB and 256 KiB) it still answers
 * empty-bodied; such a request does not come from a client of this API.</li>
 * <li>403 for a CORS preflight from an origin not in {@code quarkus.http.cors.origins}, except to the open data.</li>
 * <li>413 for a chunked body over {@code quarkus.http.limits.max-body-size}: the REST layer would meet the limit while
 * reading it and end the exchange with an empty 413, so a chunked body is read here first, where the limit fails the
 * request with a status that the failure handler below answers; a body within the limit is handed on as read.</li>
 * <li>Any status the HTTP layer fails a request with.</li>
 * </ul>
 */
@ApplicationScoped
public class HttpLayerProblems {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The open data admit every origin; their gate (opendata.OpenData, its PATH) answers their preflights. */
    private static final String OPEN_DATA = "/api/v1/open/";

    @ConfigProperty(name = "rus.http.max-uri-length", defaultValue = "4096")
    int maxUriLength;

    @ConfigProperty(name = "rus.http.max-header-size", defaultValue = "20K")
    MemorySize maxHeaderSize;

    @ConfigProperty(name = "quarkus.http.cors.origins")
    Optional<List<String>> corsOrigins;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    /**
     * Between the filters of paths with a CORS policy of their own (open data, priority 400, answers its preflights
     * first) and quarkus-vertx-http's CORS filter (300), which would refuse an unknown origin with an empty 403.
     */
    static final int PRIORITY = 350;

    void refuseBeforeTheCorsFilter(@Observes Filters filters) {
        filters.register(this::refuseOversizedOrForeign, PRIORITY);
    }

    void answerAsProblems(@Observes Router router) {
        router.route().order(-1_000_000).failureHandler(HttpLayerProblems::failedWithAStatus);
        BodyHandler chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue());
        router.route().order(-999_999).handler(context -> {
            MultiMap headers = context.request().headers();
            if (headers.contains(HttpHeaders.TRANSFER_ENCODING) && !headers.contains(HttpHeaders.CONTENT_LENGTH)) {
                chunkedBodies.handle(context);
            } else {
                context.next();
            }
        });
    }

    private void refuseOversizedOrForeign(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > maxUriLength) {
            send(context, 414, "uri-too-long", "Adressen är för lång",
                    "Begärans adress är längre än " + maxUriLength + " tecken");
        } else if (headerBytes(request) > maxHeaderSize.asLongValue()) {
            send(context, 431, "headers-too-large", "Begärans rubriker är för stora",
                    "Begärans rubriker är större än " + maxHeaderSize.asLongValue() / 1024 + " KiB");
        } else if (isRefusedPreflight(request)) {
            send(context, 403, "cors-origin-refused", "Ursprunget är inte tillåtet",
                    "Webbplatsen " + request.getHeader(HttpHeaders.ORIGIN) + " får inte anropa API:t (CORS)");
        } else {
            context.next();
        }
    }

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return bytes;
    }

    private boolean isRefusedPreflight(HttpServerRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (request.method() != HttpMethod.OPTIONS || origin == null
                || request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) == null) {
            return false;
        }
        List<String> allowed = corsOrigins.orElse(List.of());
        if (allowed.contains("*") || allowed.contains(origin) || request.path().startsWith(OPEN_DATA)) {
            return false;
        }
        String host = request.getHeader(HttpHeaders.HOST);
        return host == null || !origin.equals(request.scheme() + "://" + host);
    }

    /** A failure with a status and no exception (the body limit, a malformed request): its problem, once. */
    private static void failedWithAStatus(RoutingContext context) {
        int status = context.statusCode();
        if (context.failure() != null || status < 400 || context.response().headWritten()) {
            context.next();
            return;
        }
        String title = switch (status) {
            case 413 -> "Begäran är för stor";
            case 400 -> "Felaktig begäran";
            default -> "Begäran kan inte utföras";
        };
        String detail = switch (status) {
            case 413 -> "Begärans innehåll är större än vad som tas emot";
            case 400 -> "Begäran kunde inte läsas";
            default -> "Begäran kan inte utföras (HTTP " + status + ")";
        };
        send(context, status, status == 413 ? "too-large" : "http-" + status, title, detail);
    }

    /** Ends the exchange with a problem body; the connection is closed, as the rest of the request is not read. */
    static void send(RoutingContext context, int status, String slug, String title, String detail) {
        Problem problem = new Problem(Problem.type(slug), title, status, detail, instance(context.request().path()),
                List.of());
        String body;
        try {
            body = JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    private static URI instance(String path) {
        try {
            return path == null || path.length() > 4096 ? null : URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
