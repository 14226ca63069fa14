package se.rus.followup.time;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The service's notion of "now" for rules that depend on it (a RÅU submission after the deadline is
 * late). One bean, so a test can replace it with a fixed clock and submit "after the deadline" deterministically.
 */
@ApplicationScoped
public class TimeSource {

    private final Clock clock;

    public TimeSource() {
        this(Clock.systemUTC());
    }

    public TimeSource(Clock clock) {
        this.clock = clock;
    }

    /** To the millisecond, so what is stored, answered and published is the same instant. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
