package se.rus.platform.opendata;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} requests per client in each fixed window of {@code window} (per replica: two replicas
 * let a client make up to twice as many). A fixed window is enough for open data: it bounds what one client can
 * cost, it is cheap, and its {@code Retry-After} is exact (the end of the window). Memory stays bounded: once
 * more than {@value #SWEEP_AT} clients are held, the windows that have ended are dropped.
 */
public final class RateLimiter {

    static final int SWEEP_AT = 10_000;

    private record Window(long start, int count) {
    }

    private final int limit;
    private final long windowMillis;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit needs at least one request per positive window");
        }
        this.limit = limit;
        this.windowMillis = window.toMillis();
    }

    /**
     * Counts one request of {@code client} at {@code nowMillis}: 0 when it may go on, otherwise the whole seconds
     * (at least 1) until its window ends and it may ask again.
     */
    public long acquire(String client, long nowMillis) {
        Window window = windows.compute(client, (key, current) ->
                current == null || nowMillis - current.start() >= windowMillis
                        ? new Window(nowMillis, 1)
                        : new Window(current.start(), current.count() + 1));
        if (windows.size() > SWEEP_AT) {
            windows.values().removeIf(w -> nowMillis - w.start() >= windowMillis);
        }
        if (window.count() <= limit) {
            return 0;
        }
        long left = window.start() + windowMillis - nowMillis;
        return Math.max(1, (left + 999) / 1000);
    }

    public int limit() {
        return limit;
    }
}
