package se.rus.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body announced larger than {@code quarkus.http.limits.max-body-size} is refused with a 413 problem, before
 * anything reads it. The HTTP layer would refuse it too, but with an empty body a client cannot parse as a problem;
 * a chunked body without a length meets that layer's limit, which {@link HttpLayerProblems} answers as a problem.
 */
@ApplicationScoped
public class OversizedBodies {

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
            HttpLayerProblems.send(context, 413, "too-large", "Begäran är för stor",
                    "Begärans innehåll är större än " + maximum / 1024 + " KiB");
        });
    }

    private static boolean isOver(String length, long maximum) {
        try {
            return Long.parseLong(length.trim()) > maximum;
        } catch (NumberFormatException e) {
            return false; // the HTTP layer refuses a malformed length itself
        }
    }
}
