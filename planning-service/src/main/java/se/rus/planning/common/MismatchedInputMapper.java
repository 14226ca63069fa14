package se.rus.planning.common;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import se.rus.platform.web.Problem;

import java.net.URI;
import java.util.List;

/**
 * A JSON value of the wrong type ("plannedDays": "många") as problem+json naming the field. quarkus-rest-jackson
 * maps this exception itself, more specifically than the platform's JsonProcessingException mapper, and answers
 * in its own shape; this mapper wins over the built-in one. Belongs in the platform's ProblemMappers.
 */
public class MismatchedInputMapper {

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        String field = path(e);
        String message = e.getOriginalMessage();
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message));
        Problem problem = new Problem(Problem.type("malformed-request"), "Felaktig JSON", 400,
                field.isEmpty() ? message : field + ": " + message,
                uri == null ? null : URI.create(uri.getPath()), errors);
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
