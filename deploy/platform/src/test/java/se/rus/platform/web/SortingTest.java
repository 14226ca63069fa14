package se.rus.platform.web;

import io.quarkus.panache.common.Sort;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SortingTest {

    private record Row(String name, Integer position) {
    }

    private static final Sorting<Row> ROWS = Sorting.<Row>by().key("name", Row::name).key("position", Row::position);
    private static final Sorting<Void> COLUMNS = Sorting.<Void>by().column("areaName", "area.name").column("year", "year");

    private static String columns(Sort sort) {
        return sort.getColumns().stream().map(c -> c.getName() + " " + c.getDirection()).toList().toString();
    }

    @Test
    void theRequestedColumnsComeFirstThenTheResourcesOwnOrder() {
        assertEquals("[area.name Descending, year Ascending, position Ascending]",
                columns(COLUMNS.sort("-areaName, year", Sort.by("position"))));
        assertEquals("[position Ascending]", columns(COLUMNS.sort(null, Sort.by("position"))));
        assertEquals("[position Ascending]", columns(COLUMNS.sort(" ", Sort.by("position"))));
    }

    @Test
    void inMemoryTiesKeepTheOrderTheRowsCameInAndAbsentValuesSortLast() {
        List<Row> rows = List.of(new Row("b", 2), new Row("a", null), new Row("b", 1), new Row("a", 3));
        assertEquals(List.of(rows.get(1), rows.get(3), rows.get(0), rows.get(2)), ROWS.sorted(rows, "name"));
        assertEquals(List.of(rows.get(3), rows.get(0), rows.get(2), rows.get(1)), ROWS.sorted(rows, "-position"));
        assertEquals(List.of(rows.get(0), rows.get(2), rows.get(3), rows.get(1)), ROWS.sorted(rows, "-name,-position"));
        assertEquals(rows, ROWS.sorted(rows, null));
    }

    @Test
    void anUnknownRepeatedOrEmptyFieldIsABadRequestNamingSortAndTheAllowedFields() {
        for (String bad : List.of("title", "name,-name", "name,", "-", "Name")) {
            ProblemException problem = assertThrows(ProblemException.class, () -> ROWS.sorted(List.of(), bad), bad);
            Problem body = problem.toProblem(null);
            assertEquals(400, body.status());
            assertEquals("sort", body.errors().get(0).field());
        }
        assertEquals("okänt fält title; tillåtna: name, position",
                assertThrows(ProblemException.class, () -> ROWS.sorted(List.of(), "title")).toProblem(null).errors().get(0).message());
        assertEquals("okänt fält name; tillåtna: areaName, year",
                assertThrows(ProblemException.class, () -> COLUMNS.sort("name", Sort.by("year"))).toProblem(null).errors().get(0).message());
    }

    @Test
    void aPageWhoseRowsAnIntCannotCountIsABadRequestNamingPage() {
        assertEquals(200, PageRequest.of(1, 200).offset());
        assertEquals((Integer.MAX_VALUE / 200 - 1) * 200, PageRequest.of(Integer.MAX_VALUE / 200 - 1, 200).offset());
        assertEquals(Integer.MAX_VALUE, PageRequest.of(Integer.MAX_VALUE, 1).offset());
        for (PageRequest tooFar : List.of(PageRequest.of(Integer.MAX_VALUE, 50), PageRequest.of(Integer.MAX_VALUE / 200, 200),
                PageRequest.of(Integer.MAX_VALUE, 2))) {
            ProblemException problem = assertThrows(ProblemException.class, tooFar::offset);
            assertEquals("page", problem.toProblem(null).errors().get(0).field());
        }
    }
}
