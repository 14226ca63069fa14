package se.rus.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens whose signature was already checked, until they expire. A client sends the same bearer token with every
 * request for its lifetime, and verifying its RS256 signature again each time was 40 % of a read's CPU
 * (deploy/bench/results). The whole token is the key, signature included, so only the very token that was
 * verified is ever found; an entry is used only before the token's {@code exp}, after which the token goes through
 * full verification again (and is refused there). Bounded: when full, expired entries are dropped, and if that
 * frees nothing the cache starts over, which costs one verification per client.
 */
final class VerifiedTokens<T> {

    private record Entry<T>(T principal, Instant expiresAt) {
    }

    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();
    private final int capacity;
    private final Clock clock;

    VerifiedTokens(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    /** The principal verified earlier for this token, if the token has not expired since. */
    T find(String token) {
        Entry<T> entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            entries.remove(token, entry);
            return null;
        }
        return entry.principal();
    }

    /** Remembers a verified token until {@code expiresAt}; a token without an expiry is not remembered. */
    void remember(String token, T principal, Instant expiresAt) {
        if (expiresAt == null || !clock.instant().isBefore(expiresAt)) {
            return;
        }
        if (entries.size() >= capacity) {
            Instant now = clock.instant();
            entries.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
            if (entries.size() >= capacity) {
                entries.clear();
            }
        }
        entries.put(token, new Entry<>(principal, expiresAt));
    }

    int size() {
        return entries.size();
    }
}
