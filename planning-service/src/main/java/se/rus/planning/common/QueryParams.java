package se.rus.planning.common;

import se.rus.platform.web.ProblemException;

import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Filter parameters parsed by hand: JAX-RS answers an unconvertible query parameter with 404, the
 * conventions want a 400 that names the parameter.
 */
public final class QueryParams {

    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

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
        // UUID.fromString also reads "1-1-1-1-1"; the contract's format is the canonical 8-4-4-4-12 form
        if (!CANONICAL_UUID.matcher(value.trim()).matches()) {
            throw ProblemException.invalid(field, "måste vara ett UUID");
        }
        return UUID.fromString(value.trim());
    }
}
