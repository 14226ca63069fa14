package se.rus.followup.rau;

import se.rus.platform.time.TimeSource;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A round's deadline is a date as the counties read it, in Swedish time: anything submitted on the
 * deadline day, up to midnight in Stockholm, is on time; later is late (accepted, but marked).
 */
public final class Deadline {

    private Deadline() {
    }

    public static boolean isLate(Instant submittedAt, LocalDate deadline) {
        return submittedAt.atZone(TimeSource.SWEDEN).toLocalDate().isAfter(deadline);
    }
}
