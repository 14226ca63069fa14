package se.rus.followup.rau;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineTest {

    @Test
    void theWholeDeadlineDayInSwedishTimeIsOnTimeWinterAndSummer() {
        LocalDate winter = LocalDate.of(2025, 1, 31);
        assertFalse(Deadline.isLate(Instant.parse("2025-01-30T23:00:00Z"), winter));
        assertFalse(Deadline.isLate(Instant.parse("2025-01-31T22:59:59.999Z"), winter));
        assertTrue(Deadline.isLate(Instant.parse("2025-01-31T23:00:00Z"), winter));

        LocalDate summer = LocalDate.of(2025, 6, 30);
        assertFalse(Deadline.isLate(Instant.parse("2025-06-30T21:59:59Z"), summer));
        assertTrue(Deadline.isLate(Instant.parse("2025-06-30T22:00:00Z"), summer));
        assertFalse(Deadline.isLate(Instant.parse("2025-01-01T00:00:00Z"), summer));
    }
}
