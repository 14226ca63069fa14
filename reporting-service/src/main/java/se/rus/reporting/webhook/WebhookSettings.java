package se.rus.reporting.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How webhooks are delivered (README "Webhooks"); tests shorten the back-off and timeouts. */
@ConfigMapping(prefix = "rus.webhooks")
public interface WebhookSettings {

    /** Hosts (names or addresses, as written in a URL) exempt from the https and public-address rules. */
    Optional<List<String>> allowedHosts();

    /** How often the worker looks for messages due (a commit that writes one wakes it at once). */
    @WithDefault("1s")
    String pollInterval();

    @WithDefault("PT5S")
    Duration connectTimeout();

    @WithDefault("PT10S")
    Duration readTimeout();

    /** The first retry waits about this long; each further one twice as long, up to {@link #backoffMax()}. */
    @WithDefault("PT5S")
    Duration backoffBase();

    @WithDefault("PT4H")
    Duration backoffMax();

    /** A message is retried this long after its first attempt, then given up (the next one goes out). */
    @WithDefault("PT26H")
    Duration retryFor();

    /** A subscription whose deliveries have failed this long without a success is disabled. */
    @WithDefault("P3D")
    Duration disableAfter();

    /** How long the secret before a rotation keeps signing. */
    @WithDefault("PT24H")
    Duration rotationOverlap();

    /** Base URLs of the services the payloads' links point at. */
    @WithDefault("http://localhost:8084")
    String reportingUrl();

    @WithDefault("http://localhost:8083")
    String followupUrl();
}
