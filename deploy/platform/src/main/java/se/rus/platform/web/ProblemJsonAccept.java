package se.rus.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A client that accepts {@code application/problem+json} reads JSON, so it accepts the resource's
 * {@code application/json} as well. Generated clients send {@code Accept: application/problem+json} alone for an
 * operation whose success has no body (a DELETE's 204) or only headers, and JAX-RS would answer such a request 406
 * before the resource ran: no 201, and not even the 400 or 409 problem the client asked for.
 * Runs before the resource is matched, so the match sees the widened header.
 */
public class ProblemJsonAccept {

    private static final Pattern READS_JSON = Pattern.compile("(^|,)\\s*(\\*/\\*|application/\\*|application/json)\\s*(;|,|$)");

    @ServerRequestFilter(preMatching = true)
    public void acceptJsonWithProblems(ContainerRequestContext request) {
        List<String> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept == null || accept.isEmpty()) {
            return;
        }
        String joined = String.join(",", accept).toLowerCase(Locale.ROOT);
        if (joined.contains(Problem.MEDIA_TYPE) && !READS_JSON.matcher(joined).find()) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, String.join(", ", accept) + ", application/json");
        }
    }
}
