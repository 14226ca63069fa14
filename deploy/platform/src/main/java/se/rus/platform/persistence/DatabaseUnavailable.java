package se.rus.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, refusing connections, the pool
 * unable to hand out a connection in time) from a bug. Such a request may well succeed a little later, so it is
 * answered 503 with Retry-After instead of 500. The frameworks wrap the JDBC failure in their own exceptions
 * (Hibernate, the transaction manager, CDI), so the whole cause chain is searched.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before trying again: about one connection timeout. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        return causedBy(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean causedBy(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (isConnectionFailure(failure)) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (causedBy(suppressed, seen)) {
                return true;
            }
        }
        if (failure instanceof SQLException sql && causedBy(sql.getNextException(), seen)) {
            return true;
        }
        return causedBy(failure.getCause(), seen);
    }

    private static boolean isConnectionFailure(Throwable failure) {
        if (failure instanceof org.hibernate.exception.JDBCConnectionException
                || failure instanceof SQLTransientConnectionException
                || failure instanceof SQLNonTransientConnectionException
                || failure instanceof SQLRecoverableException) {
            return true;
        }
        if (!(failure instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState();
        if (state != null) {
            // 08: connection exception; 57P01-57P03: admin/crash shutdown, cannot connect now; 53300: too many connections
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                    || state.equals("53300");
        }
        // the pool's own timeout carries no SQLSTATE (Agroal: "Acquisition timeout while waiting for new connection")
        String message = sql.getMessage();
        return message != null && message.toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
    }
}
