package se.rus.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Every service's notion of "now" for what it records and the rules that depend on it (a RÅU submission after the
 * deadline is late; a report cannot be approved on a day still to come). One bean, so a test replaces it with a
 * fixed clock ({@code QuarkusMock.installMockForType}) and plays "after the deadline" deterministically.
 * {@code rus.clock.offset} (env {@code RUS_CLOCK_OFFSET}, an ISO duration) moves it for a whole process: a
 * rehearsal or an end-to-end run plays a calendar on packaged services it cannot inject into. Zero unless set.
 *
 * <p>Plumbing that measures real elapsed time (token expiry, retry schedules, outbox age, idempotency windows) keeps
 * the system clock: moving those with the calendar would only break the mechanics under test.
 */
@ApplicationScoped
public class TimeSource {

    /** Where the suite's days begin and end: a date rule is read in Swedish time. */
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

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

    /** Today in Sweden. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), SWEDEN);
    }
}
