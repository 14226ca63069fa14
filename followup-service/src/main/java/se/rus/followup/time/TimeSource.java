package se.rus.followup.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The service's notion of "now" for rules that depend on it (a RÅU submission after the deadline is
 * late). One bean, so a test can replace it with a fixed clock and submit "after the deadline" deterministically.
 * {@code rus.clock.offset} moves it for a whole process: a rehearsal or an end-to-end run plays a round's calendar
 * (submissions before and after a deadline) on packaged services it cannot inject into. Zero unless set.
 */
@ApplicationScoped
public class TimeSource {

    private final Clock clock;

    @Inject
    public TimeSource(@ConfigProperty(name = "rus.clock.offset", defaultValue = "PT0S") Duration offset) {
        this(Clock.offset(Clock.systemUTC(), offset));
    }

    public TimeSource(Clock clock) {
        this.clock = clock;
    }

    /** To the millisecond, so what is stored, answered and published is the same instant. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
