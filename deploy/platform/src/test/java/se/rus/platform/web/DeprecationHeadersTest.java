package se.rus.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeprecationHeadersTest {

    @Test
    void deprecationIsTheStartOfTheDayInUnixSecondsAfterAnAt() {
        assertEquals("@1795996800", DeprecationHeaders.deprecation("2026-11-30"));
    }

    @Test
    void sunsetIsAnHttpDate() {
        assertEquals("Tue, 01 Jun 2027 00:00:00 GMT", DeprecationHeaders.sunset("2027-06-01"));
    }
}
