package se.rus.reporting.opendata;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code perMinute} requests at once, refilled evenly over the minute. Kept in memory per
 * instance (with n replicas a client gets up to n times the rate), which is enough to stop a runaway harvester.
 */
final class RateLimiter {

    private record Bucket(double tokens, long atNanos) {
    }

    private static final int MAX_CLIENTS = 10_000;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;

    RateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Empty when the request may go ahead; otherwise the seconds until it may. */
    OptionalLong take(String client, long nowNanos) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear(); // forgetting everyone is cheaper than tracking the stale; at worst a client gets a fresh minute
        }
        double perNano = perMinute / 60e9;
        long[] wait = {0};
        buckets.compute(client, (key, bucket) -> {
            double tokens = bucket == null ? perMinute
                    : Math.min(perMinute, bucket.tokens() + (nowNanos - bucket.atNanos()) * perNano);
            if (tokens >= 1) {
                return new Bucket(tokens - 1, nowNanos);
            }
            wait[0] = Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
            return new Bucket(tokens, nowNanos);
        });
        return wait[0] == 0 ? OptionalLong.empty() : OptionalLong.of(wait[0]);
    }
}
