package se.rus.reporting.opendata;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFullMinuteAtOnceThenOneEveryRefillAndClientsApart() {
        RateLimiter limiter = new RateLimiter(60);
        for (int i = 0; i < 60; i++) {
            assertTrue(limiter.take("a", 0).isEmpty(), "request " + i);
        }
        OptionalLong wait = limiter.take("a", 0);
        assertEquals(1, wait.getAsLong(), "one comes back each second");
        assertTrue(limiter.take("b", 0).isEmpty(), "another client has its own bucket");
        assertTrue(limiter.take("a", SECOND / 2).isPresent());
        assertTrue(limiter.take("a", SECOND + SECOND / 10).isEmpty(), "refilled after a second");
        assertTrue(limiter.take("a", SECOND + SECOND / 5).isPresent());
        for (int i = 0; i < 60; i++) {
            assertTrue(limiter.take("a", 600 * SECOND).isEmpty(), "full again after a long pause, never more than the minute");
        }
        assertTrue(limiter.take("a", 600 * SECOND).isPresent());
    }
}
