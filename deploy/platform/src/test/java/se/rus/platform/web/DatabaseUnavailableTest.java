package se.rus.platform.web;

import jakarta.persistence.PersistenceException;
import se.rus.platform.persistence.DatabaseUnavailable;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAsTheFrameworksWrapThem() {
        // pgjdbc when the server refuses connections (SQLSTATE 08001), wrapped by Hibernate
        assertTrue(DatabaseUnavailable.causedBy(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("Connection to localhost:5432 refused", "08001"))));
        // a connection the server dropped under a running statement (08006), wrapped twice
        assertTrue(DatabaseUnavailable.causedBy(new IllegalStateException("commit failed",
                new PersistenceException(new SQLException("An I/O error occurred while sending to the backend", "08006")))));
        // the server shutting down (57P01) or still starting up (57P03)
        assertTrue(DatabaseUnavailable.causedBy(new GenericJDBCException("x",
                new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseUnavailable.causedBy(new SQLTransientConnectionException("gone")));
        // Agroal's acquisition timeout has no SQLSTATE
        assertTrue(DatabaseUnavailable.causedBy(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException()))));
    }

    @Test
    void foundAmongSuppressedAndChainedExceptions() {
        RuntimeException rollbackFailed = new RuntimeException("rollback failed");
        rollbackFailed.addSuppressed(new SQLException("This connection has been closed.", "08003"));
        assertTrue(DatabaseUnavailable.causedBy(rollbackFailed));

        SQLException batch = new SQLException("Batch entry 0 was aborted", "XX000");
        batch.setNextException(new SQLException("terminating connection", "57P01"));
        assertTrue(DatabaseUnavailable.causedBy(batch));
    }

    @Test
    void otherFailuresStayBugsOrTheirOwnProblems() {
        assertFalse(DatabaseUnavailable.causedBy(new NullPointerException()));
        assertFalse(DatabaseUnavailable.causedBy(new ConstraintViolationException("duplicate",
                new SQLException("duplicate key value", "23505"), "uk")));
        assertFalse(DatabaseUnavailable.causedBy(new PersistenceException(new SQLException("numeric overflow", "22003"))));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseUnavailable.causedBy(null));
    }

    @Test
    void causeCyclesEnd() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.addSuppressed(second);
        assertFalse(DatabaseUnavailable.causedBy(second));
    }

    @Test
    void answeredAs503ProblemWithRetryAfter() {
        ProblemMappers mappers = new ProblemMappers();
        Response response = mappers.unexpected(new JDBCConnectionException("Unable to acquire JDBC Connection",
                new SQLException("Connection refused", "08001")), null);
        assertEquals(503, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals(Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS), response.getHeaderString("Retry-After"));
        Problem problem = (Problem) response.getEntity();
        assertEquals(Problem.type("service-unavailable"), problem.type());
        assertEquals(503, problem.status());

        Response bug = mappers.unexpected(new IllegalStateException("a bug"), null);
        assertEquals(500, bug.getStatus());
    }
}
