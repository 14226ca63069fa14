package se.rus.reporting.support;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Asserts that parts of a rendered document appear in the given order. */
public final class InOrder {

    private InOrder() {
    }

    /** For PDF text squashed by {@link PdfText}: the parts are squashed the same way. */
    public static void assertInOrderIgnoringSpaces(String squashed, String... parts) {
        assertInOrder(squashed, Arrays.stream(parts).map(PdfText::squash).toArray(String[]::new));
    }

    public static void assertInOrder(String document, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = document.indexOf(part, from);
            assertTrue(at >= 0, "expected «" + part + "» after position " + from + " in:\n" + document);
            from = at + part.length();
        }
    }
}
