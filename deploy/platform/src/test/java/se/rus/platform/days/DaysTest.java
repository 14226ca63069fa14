package se.rus.platform.days;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DaysTest {

    @Test
    void storedAndDocumentedDaysAreOneValue() {
        assertEquals(Days.normalise(new BigDecimal("119")), Days.normalise(new BigDecimal("119.00")));
        assertEquals("100", Days.normalise(new BigDecimal("100.00")).toPlainString());
        assertEquals("0", Days.normalise(new BigDecimal("0.00")).toPlainString());
        assertEquals("10.5", Days.normalise(new BigDecimal("10.50")).toPlainString());
        assertNull(Days.normalise(null));
    }
}
