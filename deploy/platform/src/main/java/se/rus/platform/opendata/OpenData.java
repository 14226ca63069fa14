package se.rus.platform.opendata;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.rus.platform.web.Problem;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The rules of {@code /api/v1/open/**}, the suite's open data (CONVENTIONS, "Open data"), applied before anything
 * else sees the request:
 * <ul>
 * <li>the switch {@code RUS_OPEN_DATA} ({@code rus.open-data.enabled}, on by default): off, every open path is 404;</li>
 * <li>no token: the path is exempt from the bearer requirement of {@code /api/*} (platform configuration,
 * {@code quarkus.http.auth.permission.open}); resources under it are {@code @PermitAll} and only {@code GET};</li>
 * <li>CORS for any origin ({@code Access-Control-Allow-Origin: *}, never with credentials, so no token or cookie
 * is ever sent): preflights are answered here, and the request's {@code Origin} is taken away afterwards so the
 * suite's CORS filter, which admits only the front end's origin on the rest of the API, does not refuse it;</li>
 * <li>a rate limit per client address ({@code RUS_OPEN_DATA_RATE_LIMIT} requests a minute): 429 problem+json with
 * {@code Retry-After}. Behind a proxy the client is the address it forwards, from a proxy named in
 * {@code RUS_TRUSTED_PROXIES} only.</li>
 * </ul>
 * Cache headers are the resources' ({@link OpenResponses}).
 */
@ApplicationScoped
public class OpenData {

    public static final String PATH = "/api/v1/open/";
    /** Runs before the CORS filter of quarkus-vertx-http (priority 300): higher priorities run first. */
    static final int PRIORITY = 400;
    static final String EXPOSED_HEADERS = "ETag, Cache-Control, Content-Disposition, Retry-After, Link";

    @ConfigProperty(name = "rus.open-data.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "rus.open-data.rate-limit.requests", defaultValue = "120")
    int requestsPerWindow;

    @ConfigProperty(name = "rus.open-data.rate-limit.window", defaultValue = "60S")
    Duration window;

    @Inject
    ObjectMapper json;

    private RateLimiter limiter;

    void register(@Observes Filters filters) {
        limiter = new RateLimiter(requestsPerWindow, window);
        filters.register(this::handle, PRIORITY);
    }

    public boolean enabled() {
        return enabled;
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = request.path();
        if (path == null || !(path.startsWith(PATH) || path.equals(PATH.substring(0, PATH.length() - 1)))) {
            context.next();
            return;
        }
        if (!enabled) {
            problem(context, 404, "not-found", "Resursen finns inte", "Öppna data är avstängda i denna installation");
            return;
        }
        context.response().putHeader("Access-Control-Allow-Origin", "*");
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && request.method() == HttpMethod.OPTIONS
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            context.response().setStatusCode(204)
                    .putHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
                    .putHeader("Access-Control-Allow-Headers", "Accept, Accept-Language, If-None-Match")
                    .putHeader("Access-Control-Max-Age", "86400")
                    .end();
            return;
        }
        context.response().putHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        request.headers().remove(HttpHeaders.ORIGIN);
        long retryAfter = limiter.acquire(request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress(),
                System.currentTimeMillis());
        if (retryAfter > 0) {
            context.response().putHeader("Retry-After", Long.toString(retryAfter));
            problem(context, 429, "too-many-requests", "För många förfrågningar", "Högst " + limiter.limit()
                    + " förfrågningar per " + window.toSeconds() + " s mot öppna data; försök igen om " + retryAfter + " s");
            return;
        }
        context.next();
    }

    private void problem(RoutingContext context, int status, String slug, String title, String detail) {
        URI instance;
        try {
            instance = URI.create(context.request().path());
        } catch (IllegalArgumentException unusable) {
            instance = null;
        }
        Problem problem = new Problem(Problem.type(slug), title, status, detail, instance, List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store").end(body);
    }
}
