package se.rus.finance.shared;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import se.rus.platform.web.Problem;

import java.net.URI;
import java.util.List;

/**
 * A unique key the use case checked but a concurrent request took first (same externalRef, post
 * name, funds source or year): a state conflict for the loser, not a server error. Use cases
 * flush their inserts so the violation surfaces here rather than at commit.
 */
public class DatabaseProblems {

    @ServerExceptionMapper
    public Response uniqueTaken(ConstraintViolationException e, UriInfo uri) {
        if (e.getKind() != ConstraintViolationException.ConstraintKind.UNIQUE) {
            throw e;
        }
        return Response.status(409).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type("conflict"), "Konflikt med resursens tillstånd", 409,
                        "Samtidig registrering med samma nyckel (" + e.getConstraintName() + "); hämta och försök igen",
                        URI.create(uri.getPath()), List.of()))
                .build();
    }
}
