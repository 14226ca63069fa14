package se.rus.planning.goal;

import org.junit.jupiter.api.Test;
import se.rus.platform.web.ProblemException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PeriodTest {

    @Test
    void parsesThePathForm() {
        Period period = Period.parse("2022-2024");
        assertEquals(new Period(2022, 2024), period);
        assertEquals("2022-2024", period.toString());
        assertEquals("2024", period.eventKey());
    }

    @Test
    void rejectsOtherFormsAndBackwardPeriods() {
        assertEquals(400, assertThrows(ProblemException.class, () -> Period.parse("2024")).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> Period.parse("22-24")).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> Period.parse("2024-2022")).status());
    }

    @Test
    void aYearBelongsToTheThreeYearBlockAlignedWith2022() {
        assertEquals(new Period(2022, 2024), Period.containing(2022));
        assertEquals(new Period(2022, 2024), Period.containing(2024));
        assertEquals(new Period(2025, 2027), Period.containing(2025));
        assertEquals(new Period(2025, 2027), Period.containing(2026));
        assertEquals(new Period(2031, 2033), Period.containing(2031));
        assertEquals(new Period(2019, 2021), Period.containing(2021));
        assertEquals(new Period(2016, 2018), Period.containing(2016));
    }
}
