package se.rus.platform.events;

import se.rus.platform.persistence.DatabaseUnavailable;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientException;

/** Tells a failure that will pass (retry the record) from one that the record itself causes (dead-letter it). */
final class ConsumerFailures {

    private ConsumerFailures() {
    }

    /**
     * The database out of reach ({@link DatabaseUnavailable}: connection errors, shutdown, an exhausted pool),
     * short of resources (53), lock or serialization conflicts (40001, 40P01, 55P03) and socket errors pass by
     * themselves. A data exception (22) or an integrity violation (23) fails the same way every time.
     */
    static boolean isTransient(Throwable failure) {
        boolean transientCause = DatabaseUnavailable.causedBy(failure);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (state.startsWith("22") || state.startsWith("23")) {
                    return false;
                }
                transientCause |= state.startsWith("53") || state.equals("40001") || state.equals("40P01")
                        || state.equals("55P03") || sql instanceof SQLTransientException;
            }
            transientCause |= cause instanceof ConnectException || cause instanceof SocketException
                    || cause instanceof SocketTimeoutException || cause instanceof EOFException;
            if (cause.getCause() == cause) {
                break;
            }
        }
        return transientCause;
    }

    /** The innermost message worth showing, prefixed with the failure's class when it has none. */
    static String reason(Throwable failure) {
        Throwable deepest = failure;
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                deepest = cause;
            }
            if (cause instanceof SQLException || cause instanceof IllegalArgumentException) {
                break;
            }
        }
        String message = deepest.getMessage() == null ? "" : ": " + deepest.getMessage();
        return deepest.getClass().getSimpleName() + message;
    }
}
