package se.rus.planning.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import se.rus.platform.web.ProblemException;

import java.net.URI;

/**
 * Two concurrent requests can both pass a use case's duplicate check; the database's unique constraint then
 * refuses the second. That is the same 409 the check gives, not a 500.
 */
public class UniqueConflictMapper {

    private static final String UNIQUE_VIOLATION = "23505";

    @ServerExceptionMapper
    public Response conflict(ConstraintViolationException e, UriInfo uri) {
        ProblemException problem = UNIQUE_VIOLATION.equals(e.getSQLState())
                ? ProblemException.conflict("Another request stored the same " + constraintOf(e) + " at the same time")
                : ProblemException.unprocessable("The change breaks the rule " + constraintOf(e));
        return Response.status(problem.status()).type("application/problem+json")
                .entity(problem.toProblem(uri == null ? null : URI.create(uri.getPath()))).build();
    }

    private static String constraintOf(ConstraintViolationException e) {
        return e.getConstraintName() == null ? "key" : e.getConstraintName();
    }
}
