package se.rus.finance.shared;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import se.rus.platform.web.Problem;

import java.net.URI;
import java.util.List;

/**
 * Unreadable JSON as problem+json naming the field. quarkus-rest-jackson ships its own mappers
 * for these more specific Jackson exceptions, which answer plain JSON and so pre-empt the
 * platform's {@code ProblemMappers.malformed}; these take their place for this service.
 */
public class JsonProblems {

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return malformed(e, path(e), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unparsable(JsonParseException e, UriInfo uri) {
        return malformed(e, "", uri);
    }

    private static Response malformed(JsonProcessingException e, String field, UriInfo uri) {
        String message = e.getOriginalMessage();
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message));
        Problem problem = new Problem(Problem.type("malformed-request"), "Felaktig JSON", 400,
                field.isEmpty() ? message : field + ": " + message, URI.create(uri.getPath()), errors);
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() > 0 ? "." : "").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
