package se.rus.platform.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VisibleTextTest {

    @Test
    void whitespaceSeparatorsControlsAndFormatCharactersShowNothing() {
        assertTrue(VisibleText.isBlank(null));
        assertTrue(VisibleText.isBlank(""));
        assertTrue(VisibleText.isBlank(" \t\n"));
        assertTrue(VisibleText.isBlank("\u00a0\u200b"));
        assertTrue(VisibleText.isBlank("\ufeff\u2060\u202f\u3000\u200d"));
    }

    @Test
    void anyVisibleCharacterIsText() {
        assertFalse(VisibleText.isBlank("\u00a0a\u200b"));
        assertFalse(VisibleText.isBlank("Å"));
        assertFalse(VisibleText.isBlank("\uD83C\uDF32"));
    }
}
