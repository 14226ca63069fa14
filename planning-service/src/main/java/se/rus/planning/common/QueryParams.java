package se.rus.planning.common;

import se.rus.platform.web.ProblemException;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Filter parameters parsed by hand: JAX-RS answers an unconvertible query parameter with 404, the
 * conventions want a 400 that names the parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "måste vara ett av " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static Boolean booleanOf(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(field, "måste vara true eller false");
        };
    }

    public static UUID uuidOf(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "måste vara ett UUID");
        }
    }
}
