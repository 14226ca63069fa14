package se.rus.platform.opendata;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RateLimiterTest {

    @Test
    void aClientGetsItsAllowancePerWindowAndIsToldWhenTheWindowEnds() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofSeconds(60));
        assertEquals(0, limiter.acquire("a", 1_000));
        assertEquals(0, limiter.acquire("a", 2_000));
        assertEquals(0, limiter.acquire("a", 3_000));
        assertEquals(58, limiter.acquire("a", 3_000), "the window began at 1 s and ends at 61 s");
        assertEquals(1, limiter.acquire("a", 60_999), "never less than a second");
        assertEquals(0, limiter.acquire("b", 30_000), "another client has an allowance of its own");
        assertEquals(0, limiter.acquire("a", 61_000), "a new window");
    }

    @Test
    void endedWindowsAreDroppedOnceManyClientsAreHeld() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(1));
        for (int i = 0; i <= RateLimiter.SWEEP_AT; i++) {
            limiter.acquire("client-" + i, 0);
        }
        limiter.acquire("late", 5_000);
        assertEquals(0, limiter.acquire("client-1", 5_000), "its old window was dropped, not counted on");
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, Duration.ofSeconds(1)));
    }
}
