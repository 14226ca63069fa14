package se.rus.planning.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReconciliationTest {

    record Stored(String title, int days) {
    }

    record Desired(String title, int days) {
    }

    private static Reconciliation<String, Stored, Desired> reconcile(List<Stored> stored, List<Desired> desired) {
        return Reconciliation.of(stored, Stored::title, desired, Desired::title, (s, d) -> s.days() == d.days());
    }

    @Test
    void theSameStateNeedsNothing() {
        assertTrue(reconcile(List.of(new Stored("Nobelmötet", 30)), List.of(new Desired("Nobelmötet", 30))).isEmpty());
    }

    @Test
    void addsChangesAndRemovesByNaturalKey() {
        Stored nobel = new Stored("Nobelmötet", 30);
        Stored communication = new Stored("Kommunikationsarbete", 13);
        Stored dialogue = new Stored("Länsstyrelse- och myndighetsdialog", 11);
        Reconciliation<String, Stored, Desired> result = reconcile(List.of(nobel, communication, dialogue),
                List.of(new Desired("Nobelmötet", 30), new Desired("Kommunikationsarbete", 15),
                        new Desired("Miljömålen 25 år", 14)));

        assertEquals(List.of(new Desired("Miljömålen 25 år", 14)), result.added());
        assertEquals(1, result.changed().size());
        assertEquals(communication, result.changed().get(0).existing());
        assertEquals(new Desired("Kommunikationsarbete", 15), result.changed().get(0).desired());
        assertEquals(List.of(dialogue), result.removed());
    }

    @Test
    void findsTheFirstRepeatedKey() {
        assertEquals(-1, Reconciliation.firstDuplicate(List.of("a", "b"), s -> s));
        assertEquals(2, Reconciliation.firstDuplicate(List.of("a", "b", "a", "b"), s -> s));
    }
}
