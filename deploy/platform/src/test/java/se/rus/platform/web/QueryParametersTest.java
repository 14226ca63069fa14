package se.rus.platform.web;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QueryParametersTest {

    enum Status { DRAFT, ADOPTED }

    private static Problem.FieldError refused(String field, String value, Class<?> type) {
        ProblemException refused = assertThrows(ProblemException.class, () -> QueryParameters.read(field, value, type));
        Problem problem = refused.toProblem(URI.create("/"));
        assertEquals(400, problem.status());
        assertEquals(1, problem.errors().size());
        return problem.errors().get(0);
    }

    @Test
    void anAbsentOrBlankFilterIsNoFilter() {
        assertNull(QueryParameters.read("status", null, Status.class));
        assertNull(QueryParameters.read("status", " ", Status.class));
    }

    @Test
    void readsEachTypeAFilterTakes() {
        UUID id = UUID.fromString("0b8f6c1e-3a52-4d7e-9d1b-2f4c6a8e0b13");
        assertEquals(List.of(Status.ADOPTED, id, LocalDate.of(2024, 2, 29), Boolean.FALSE),
                List.of(QueryParameters.read("status", " ADOPTED ", Status.class),
                        QueryParameters.read("areaId", id.toString(), UUID.class),
                        QueryParameters.read("from", "2024-02-29", LocalDate.class),
                        QueryParameters.read("prioritised", "false", Boolean.class)));
    }

    @Test
    void aValueOutsideTheEnumIsWordedAsInABody() {
        assertEquals(new Problem.FieldError("status", "\"CLOSED\" är inget tillåtet värde; tillåtna värden: DRAFT, ADOPTED"),
                refused("status", "CLOSED", Status.class));
    }

    @Test
    void aValueThatIsNotItsTypeNamesTheParameter() {
        assertEquals(new Problem.FieldError("areaId", "\"1-1-1-1-1\" är inte ett giltigt UUID"),
                refused("areaId", "1-1-1-1-1", UUID.class));
        assertEquals(new Problem.FieldError("from", "\"2024-02-30\" är inte ett giltigt datum (ÅÅÅÅ-MM-DD)"),
                refused("from", "2024-02-30", LocalDate.class));
        assertEquals(new Problem.FieldError("prioritised", "\"ja\" är inte ett sanningsvärde (true eller false)"),
                refused("prioritised", "ja", Boolean.class));
    }
}
