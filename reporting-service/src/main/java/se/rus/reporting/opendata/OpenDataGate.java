package se.rus.reporting.opendata;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import se.rus.platform.web.Problem;

import java.util.List;
import java.util.OptionalLong;

/**
 * The only part of /api/** without a token: {@code /api/v1/open/**} (README "Open data"). Before anything else looks
 * at the request (the suite's CORS filter would refuse an origin it does not list, security would ask for a token):
 * off by the switch it is 404; a client over its rate is 429 with Retry-After; any origin may read it (CORS
 * {@code *}, no credentials); preflights are answered here; answers may be cached for a while. The paths are GET only.
 */
@ApplicationScoped
public class OpenDataGate {

    public static final String PREFIX = "/api/v1/open/";
    /** Ahead of the CORS filter (priority 300 in Quarkus); higher runs first. */
    private static final int PRIORITY = 400;

    @Inject
    OpenDataSettings settings;

    private volatile RateLimiter limiter;

    void register(@Observes Filters filters) {
        filters.register(this::filter, PRIORITY);
    }

    private void filter(RoutingContext context) {
        String path = context.normalizedPath();
        if (!path.startsWith(PREFIX) && !path.equals(PREFIX.substring(0, PREFIX.length() - 1))) {
            context.next();
            return;
        }
        if (!settings.enabled()) {
            problem(context, 404, "Öppna data är avstängda i den här installationen (RUS_OPEN_DATA=false)", null);
            return;
        }
        var response = context.response();
        response.putHeader("Access-Control-Allow-Origin", "*");
        response.putHeader("Access-Control-Expose-Headers", "ETag, Retry-After, Link");
        if (context.request().method() == HttpMethod.OPTIONS) {
            response.putHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
            response.putHeader("Access-Control-Allow-Headers", "Accept, If-None-Match");
            response.putHeader("Access-Control-Max-Age", "86400");
            response.setStatusCode(204).end();
            return;
        }
        String client = context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().hostAddress();
        OptionalLong retryAfter = settings.unlimitedClients().orElse(List.of()).contains(client)
                ? OptionalLong.empty() : limiter().take(client, System.nanoTime());
        if (retryAfter.isPresent()) {
            problem(context, 429, "För många anrop från " + client + "; högst " + settings.requestsPerMinute()
                    + " per minut", retryAfter.getAsLong());
            return;
        }
        // the open answers are the same for everyone: the suite's CORS filter has nothing to add or refuse
        context.request().headers().remove(HttpHeaders.ORIGIN);
        response.putHeader("Cache-Control", "public, max-age=" + settings.maxAge().toSeconds());
        response.putHeader("Vary", "Accept");
        context.next();
    }

    private RateLimiter limiter() {
        if (limiter == null) {
            limiter = new RateLimiter(settings.requestsPerMinute());
        }
        return limiter;
    }

    private static void problem(RoutingContext context, int status, String detail, Long retryAfter) {
        var response = context.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json");
        if (retryAfter != null) {
            response.putHeader("Retry-After", Long.toString(retryAfter));
        }
        JsonObject problem = new JsonObject()
                .put("type", Problem.type(status == 429 ? "rate-limited" : "not-found").toString())
                .put("title", status == 429 ? "För många anrop" : "Resursen finns inte")
                .put("status", status).put("detail", detail).put("instance", context.normalizedPath());
        response.end(problem.encode());
    }
}
