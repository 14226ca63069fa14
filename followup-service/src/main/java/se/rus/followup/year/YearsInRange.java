package se.rus.followup.year;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import se.rus.platform.web.Problem;
import se.rus.platform.web.ProblemMappers;


/**
 * Every path with a {@code {year}} segment answers 404 for a year outside {@link Years}, in one place
 * rather than in each resource. Runs after authentication and role checks, so 401/403 come first.
 */
public class YearsInRange {

    @ServerRequestFilter
    public Response rejectUnsupportedYear(ContainerRequestContext request, UriInfo uri) {
        String year = uri.getPathParameters().getFirst("year");
        if (year == null) {
            return null;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(year);
        } catch (NumberFormatException e) {
            return null; // not a number: the path does not match an int parameter, JAX-RS answers 404 itself
        }
        if (Years.supported(parsed)) {
            return null;
        }
        Problem problem = Years.notFound(parsed).toProblem(ProblemMappers.instance(uri));
        return Response.status(404).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
