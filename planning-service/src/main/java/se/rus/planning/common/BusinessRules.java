package se.rus.planning.common;

import se.rus.platform.web.Problem;
import se.rus.platform.web.ProblemException;

import java.util.List;

/** A 422 that names the field whose (well-formed) value breaks a business rule, so a client can point at it. */
public final class BusinessRules {

    private BusinessRules() {
    }

    public static ProblemException violated(String field, String message) {
        return new ProblemException(422, "unprocessable", "Begäran bryter mot en affärsregel", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }
}
