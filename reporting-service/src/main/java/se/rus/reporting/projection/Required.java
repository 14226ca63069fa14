package se.rus.reporting.projection;

/**
 * Payload fields the report cannot do without. A payload missing one is rejected when it is read
 * (the intake logs and skips it) instead of failing in the database and stopping the channel.
 */
final class Required {

    private Required() {
    }

    static void present(Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
    }

    static <E extends Enum<E>> void oneOf(Class<E> values, String value, String field) {
        present(value, field);
        try {
            Enum.valueOf(values, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " " + value + " is not a known value", e);
        }
    }
}
