package se.rus.reporting.opendata;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The open data switch and limits (README "Open data"; {@code RUS_OPEN_DATA}). */
@ConfigMapping(prefix = "rus.open-data")
public interface OpenDataSettings {

    /** Off: every {@code /api/v1/open/**} path answers 404. */
    @WithDefault("true")
    boolean enabled();

    /** Requests per client address and minute; one more is a 429 with Retry-After. */
    @WithDefault("120")
    int requestsPerMinute();

    /** Client addresses the limit does not apply to (a national portal's harvester, the service's own monitoring). */
    Optional<List<String>> unlimitedClients();

    /** How long a client or cache may keep an answer (Cache-Control max-age). */
    @WithDefault("PT5M")
    Duration maxAge();

    /** Entries per page of the Atom feed. */
    @WithDefault("20")
    int feedPageSize();
}
