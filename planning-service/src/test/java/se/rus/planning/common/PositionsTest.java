package se.rus.planning.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PositionsTest {

    @Test
    void appendsWithoutAPosition() {
        assertEquals(List.of("a", "b", "c"), Positions.place(List.of("a", "b"), "c", null));
    }

    @Test
    void insertsAtAOneBasedPosition() {
        assertEquals(List.of("c", "a", "b"), Positions.place(List.of("a", "b"), "c", 1));
        assertEquals(List.of("a", "c", "b"), Positions.place(List.of("a", "b"), "c", 2));
    }

    @Test
    void aPositionPastTheEndAppends() {
        assertEquals(List.of("a", "b", "c"), Positions.place(List.of("a", "b"), "c", 99));
    }
}
