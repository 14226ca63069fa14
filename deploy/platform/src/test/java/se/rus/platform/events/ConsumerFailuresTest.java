package se.rus.platform.events;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsumerFailuresTest {

    @Test
    void connectionTroubleShutdownAndLockConflictsPass() {
        assertTrue(ConsumerFailures.isTransient(wrapped(new SQLException("Connection refused", "08001"))));
        assertTrue(ConsumerFailures.isTransient(wrapped(new SQLException("terminating connection", "57P01"))));
        assertTrue(ConsumerFailures.isTransient(wrapped(new SQLException("could not serialize", "40001"))));
        assertTrue(ConsumerFailures.isTransient(wrapped(new SQLException("deadlock detected", "40P01"))));
        assertTrue(ConsumerFailures.isTransient(wrapped(new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(ConsumerFailures.isTransient(wrapped(new ConnectException("Connection refused"))));
    }

    @Test
    void dataTheDatabaseRefusesAndUnforeseenFailuresDoNot() {
        assertFalse(ConsumerFailures.isTransient(wrapped(new SQLException("numeric field overflow", "22003"))));
        assertFalse(ConsumerFailures.isTransient(wrapped(new SQLException("null value in column", "23502"))));
        assertFalse(ConsumerFailures.isTransient(new IllegalArgumentException("payload does not fit")));
        assertFalse(ConsumerFailures.isTransient(new NullPointerException()));
    }

    @Test
    void theReasonIsTheInnermostExplanation() {
        assertEquals("SQLException: numeric field overflow",
                ConsumerFailures.reason(wrapped(new SQLException("numeric field overflow", "22003"))));
        assertEquals("IllegalArgumentException: the payload lacks a name",
                ConsumerFailures.reason(new IllegalStateException("outer", new IllegalArgumentException("the payload lacks a name"))));
        assertEquals("NullPointerException", ConsumerFailures.reason(new NullPointerException()));
    }

    private static RuntimeException wrapped(Exception cause) {
        return new RuntimeException("could not execute statement", new IllegalStateException(cause));
    }
}
