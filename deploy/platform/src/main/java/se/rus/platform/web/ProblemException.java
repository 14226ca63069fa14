package se.rus.platform.web;

import java.util.List;

/** Thrown by use cases to end a request with a specific problem+json response. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Resursen finns inte", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Konflikt med resursens tillstånd", detail, List.of());
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "unprocessable", "Begäran bryter mot en affärsregel", detail, List.of());
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Ogiltig indata", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Åtkomst nekad", detail, List.of());
    }

    public int status() {
        return status;
    }

    public Problem toProblem(java.net.URI instance) {
        return new Problem(Problem.type(slug), title, status, getMessage(), instance, errors);
    }
}
