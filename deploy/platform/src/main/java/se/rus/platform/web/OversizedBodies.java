package se.rus.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.List;

/**
 * A body announced larger than {@code quarkus.http.limits.max-body-size} is refused with a 413 problem, before
 * anything reads it. The HTTP layer would refuse it too, but with an empty body a client cannot parse as a problem;
 * a chunked body without a length still meets that layer's limit.
 */
@ApplicationScoped
public class OversizedBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    void refuseOversizedBodies(@Observes Router router) {
        long maximum = limit.asLongValue();
        router.route().order(-10).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length == null || !isOver(length, maximum)) {
                context.next();
                return;
            }
            Problem problem = new Problem(Problem.type("too-large"), "Begäran är för stor", 413,
                    "Begärans innehåll är större än " + maximum / 1024 + " KiB", instance(context.request().path()),
                    List.of());
            String body;
            try {
                body = JSON.writeValueAsString(problem);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(body);
        });
    }

    private static boolean isOver(String length, long maximum) {
        try {
            return Long.parseLong(length.trim()) > maximum;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer refuses a malformed length itself
        }
    }

    private static URI instance(String path) {
        try {
            return path == null ? null : URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
