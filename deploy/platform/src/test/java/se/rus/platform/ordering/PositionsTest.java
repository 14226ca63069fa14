package se.rus.platform.ordering;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PositionsTest {

    @Test
    void appendsANewItemWithoutAPosition() {
        assertEquals(List.of("a", "b", "c"), Positions.place(List.of("a", "b"), "c", null));
    }

    @Test
    void insertsANewItemAtAOneBasedPosition() {
        assertEquals(List.of("c", "a", "b"), Positions.place(List.of("a", "b"), "c", 1));
        assertEquals(List.of("a", "c", "b"), Positions.place(List.of("a", "b"), "c", 2));
    }

    @Test
    void aPositionPastTheEndAppends() {
        assertEquals(List.of("a", "b", "c"), Positions.place(List.of("a", "b"), "c", 99));
    }

    @Test
    void movesAnItemAlreadyThereAndKeepsItWithoutAPosition() {
        List<String> posts = List.of("Löner", "Arrangemang", "Projekt");
        assertEquals(List.of("Löner", "Arrangemang", "Projekt", "Övrigt"), Positions.place(posts, "Övrigt", null));
        assertEquals(List.of("Övrigt", "Löner", "Arrangemang", "Projekt"), Positions.place(posts, "Övrigt", 1));
        assertEquals(List.of("Arrangemang", "Projekt", "Löner"), Positions.place(posts, "Löner", 99));
        assertEquals(List.of("Löner", "Projekt", "Arrangemang"), Positions.place(posts, "Projekt", 2));
        assertEquals(posts, Positions.place(posts, "Arrangemang", null));
    }
}
