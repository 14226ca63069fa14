package se.rus.platform.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import se.rus.platform.persistence.DatabaseUnavailable;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Turns every failure into application/problem+json, so clients parse one error shape. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(instance(uri)));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(new Problem(Problem.type("validation"), "Ogiltig indata", 400, detail, instance(uri), errors));
    }

    // priority: quarkus-rest-jackson maps these two to plain JSON; ours must win
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unparsable(JsonParseException e, UriInfo uri) {
        return malformed(e, uri);
    }

    /** A unique key a use case checked but a concurrent request took first: a conflict, not a bug. */
    @ServerExceptionMapper
    public Response uniqueTaken(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        if (e.getKind() != org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
            return unexpected(e, uri);
        }
        return respond(new Problem(Problem.type("conflict"), "Konflikt med resursens tillstånd", 409,
                "En samtidig begäran registrerade samma nyckel först; hämta och försök igen", instance(uri), List.of()));
    }

    /** A body Jackson could not read: the field and what it takes, in Swedish and without Jackson's own text. */
    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        Problem.FieldError error = UnreadableJson.describe(e);
        if (error.field().isEmpty()) {
            return respond(new Problem(Problem.type("malformed-request"), "Felaktig JSON", 400,
                    capitalised(error.message()), instance(uri), List.of()));
        }
        return respond(new Problem(Problem.type("malformed-request"), "Felaktig JSON", 400,
                error.field() + ": " + error.message(), instance(uri), List.of(error)));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.type("forbidden"), "Åtkomst nekad", 403,
                "Din roll får inte göra detta", instance(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response concurrentEdit(OptimisticLockException e, UriInfo uri) {
        return respond(new Problem(Problem.type("precondition-failed"), "Resursen har ändrats", 412,
                "Någon annan ändrade resursen samtidigt; hämta den igen", instance(uri), List.of()));
    }

    /** What the framework itself refuses (no such path, wrong method or media type …); its text is English. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException unreadable) {
            return malformed(unreadable, uri); // the JSON reader wraps some syntax errors (e.g. a truncated body)
        }
        if (status >= 500 && DatabaseUnavailable.causedBy(e)) {
            return databaseUnavailable(e, uri);
        }
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return respond(new Problem(Problem.type(slugOf(status)), titleOf(status), status, detailOf(status),
                instance(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            return databaseUnavailable(e, uri);
        }
        if (lostARace(e)) {
            return concurrentEdit(null, uri);
        }
        LOG.error("unexpected failure", e);
        return respond(new Problem(Problem.type("internal"), "Internt fel", 500,
                "Ett oväntat fel inträffade; det är loggat", instance(uri), List.of()));
    }

    /**
     * A write whose version check in the database found the row changed or gone, noticed only when the transaction
     * commits (a delete or update flushed at commit arrives wrapped in the transaction manager's RollbackException):
     * the same 412 as when it is noticed earlier.
     */
    static boolean lostARace(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database cannot be reached (stopped, restarting, no connection within the pool's timeout): not a bug,
     * and the same request may succeed shortly, so 503 with Retry-After. The transaction's writes went all or
     * nothing (an entry and its outbox row together); a retry with the same Idempotency-Key cannot create twice.
     * Logged as a warning without the stack: the outage itself shows in the pool's log and the readiness check.
     */
    Response databaseUnavailable(Exception e, UriInfo uri) {
        LOG.warnf("database unavailable, answering 503: %s", e.getMessage());
        return Response.status(503)
                .header("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type("service-unavailable"), "Tjänsten är tillfälligt otillgänglig", 503,
                        "Databasen kan inte nås just nu; försök igen om en stund (en POST med samma Idempotency-Key)",
                        instance(uri), List.of()))
                .build();
    }

    private Response unauthenticated(UriInfo uri) {
        return Response.status(401)
                .header("WWW-Authenticate", "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type("unauthorized"), "Inte autentiserad", 401,
                        "En giltig bearer-token krävs", instance(uri), List.of()))
                .build();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * The request's path as sent (still percent-encoded), so a path such as {@code /plans/a%20b} gives a valid URI;
     * the decoded form is not one. Whatever the path holds, the problem is still answered, at worst without it.
     */
    public static URI instance(UriInfo uri) {
        if (uri == null) {
            return null;
        }
        try {
            return URI.create(uri.getRequestUri().getRawPath());
        } catch (RuntimeException unusable) {
            return null;
        }
    }

    private static String slugOf(int status) {
        return switch (status) {
            case 400 -> "malformed-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "precondition-failed";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 428 -> "precondition-required";
            default -> "http-" + status;
        };
    }

    private static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Felaktig begäran";
            case 401 -> "Inte autentiserad";
            case 403 -> "Åtkomst nekad";
            case 404 -> "Resursen finns inte";
            case 405 -> "Metoden är inte tillåten";
            case 406 -> "Formatet kan inte levereras";
            case 409 -> "Konflikt med resursens tillstånd";
            case 412 -> "Resursen har ändrats";
            case 413 -> "Begäran är för stor";
            case 415 -> "Innehållstypen stöds inte";
            case 428 -> "If-Match krävs";
            default -> status >= 500 ? "Internt fel" : "Begäran kan inte utföras";
        };
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 400 -> "Begäran kunde inte läsas";
            case 404 -> "Det finns ingen resurs på den här adressen";
            case 405 -> "Resursen stöder inte den här HTTP-metoden";
            case 406 -> "Resursen finns inte i något av formaten i Accept";
            case 413 -> "Begärans innehåll är större än vad som tas emot";
            case 415 -> "Skicka innehållet som application/json";
            default -> status >= 500 ? "Ett oväntat fel inträffade; det är loggat" : "Begäran kan inte utföras (HTTP " + status + ")";
        };
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "createActivity.request.plannedDays" becomes "plannedDays"; nested paths keep their tail. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        boolean methodParameter = !nodes.isEmpty() && nodes.get(0).getKind() == jakarta.validation.ElementKind.METHOD;
        List<Path.Node> fieldNodes = methodParameter && nodes.size() > 2 ? nodes.subList(2, nodes.size()) : nodes;
        if (methodParameter && nodes.size() == 2) {
            fieldNodes = nodes.subList(1, 2);
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : fieldNodes) {
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                field.append(field.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return field.toString();
    }
}
