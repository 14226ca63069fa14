package se.rus.platform.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class VerifiedTokensTest {

    private Instant now = Instant.parse("2026-11-30T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aVerifiedTokenIsFoundUntilItExpires() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(10, clock);
        tokens.remember("a.b.c", "alice", now.plus(Duration.ofMinutes(5)));

        assertEquals("alice", tokens.find("a.b.c"));
        now = now.plus(Duration.ofMinutes(5).minusSeconds(1));
        assertEquals("alice", tokens.find("a.b.c"));
        now = now.plusSeconds(1);
        assertNull(tokens.find("a.b.c"), "at its exp the token must be verified again");
        assertEquals(0, tokens.size());
    }

    @Test
    void onlyTheVeryTokenIsFound() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(10, clock);
        tokens.remember("a.b.signature", "alice", now.plusSeconds(60));

        assertNull(tokens.find("a.b.forged"));
        assertNull(tokens.find("a.b.signatur"));
    }

    @Test
    void anExpiredOrUnexpiringTokenIsNotRemembered() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(10, clock);
        tokens.remember("expired", "alice", now);
        tokens.remember("forever", "bob", null);

        assertNull(tokens.find("expired"));
        assertNull(tokens.find("forever"));
        assertEquals(0, tokens.size());
    }

    @Test
    void aFullCacheDropsExpiredEntriesFirstAndOtherwiseStartsOver() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(2, clock);
        tokens.remember("short", "alice", now.plusSeconds(10));
        tokens.remember("long", "bob", now.plusSeconds(600));
        now = now.plusSeconds(20);

        tokens.remember("new", "carol", now.plusSeconds(600));
        assertEquals(2, tokens.size());
        assertEquals("bob", tokens.find("long"));
        assertEquals("carol", tokens.find("new"));

        tokens.remember("third", "dave", now.plusSeconds(600));
        assertEquals(1, tokens.size());
        assertEquals("dave", tokens.find("third"));
        assertNull(tokens.find("long"));
    }
}
