package se.rus.reporting.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SwedishFormatTest {

    @Test
    void formatsMoneyWithNonBreakingSpacesAndDecimalComma() {
        assertEquals("4\u00A0945\u00A0601,42", SwedishFormat.money(new BigDecimal("4945601.42")));
        assertEquals("200\u00A0000,00", SwedishFormat.money(new BigDecimal("200000")));
        assertEquals("0,00", SwedishFormat.money(BigDecimal.ZERO));
        assertEquals("999,50", SwedishFormat.money(new BigDecimal("999.5")));
        assertEquals("-1\u00A0250,50", SwedishFormat.money(new BigDecimal("-1250.50")));
    }

    @Test
    void formatsDaysWithoutNeedlessDecimals() {
        assertEquals("119", SwedishFormat.days(new BigDecimal("119.00")));
        assertEquals("12,5", SwedishFormat.days(new BigDecimal("12.50")));
        assertEquals("2\u00A0000", SwedishFormat.days(new BigDecimal("2000")));
    }
}
