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
}
