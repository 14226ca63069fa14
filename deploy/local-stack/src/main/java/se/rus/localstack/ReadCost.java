package se.rus.localstack;

import io.quarkus.scheduler.Scheduler;
import org.hibernate.stat.Statistics;

/**
 * What one request costs the database, from the service's Hibernate statistics (enabled in the test profile):
 * JDBC statements prepared, transactions completed and connections asked for. A test asserts these counts
 * exactly, never a time.
 *
 * <p>The statistics are global to the service. Its scheduled jobs (the outbox relay's poll) are paused while
 * a request is measured; what else may run (a relay woken by an earlier commit, an event consumer) only ever
 * adds to a request's figures, so a request measured three times in a row with the same result was measured alone.
 */
public record ReadCost(long statements, long transactions, long connections) {

    private static final int SAME_IN_A_ROW = 3;
    private static final int ATTEMPTS = 12;

    public static ReadCost of(Statistics statistics, Scheduler scheduler, Runnable request) {
        scheduler.pause();
        try {
            ReadCost previous = null;
            int same = 0;
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                statistics.clear();
                request.run();
                ReadCost cost = new ReadCost(statistics.getPrepareStatementCount(), statistics.getTransactionCount(),
                        statistics.getConnectCount());
                same = cost.equals(previous) ? same + 1 : 1;
                if (same == SAME_IN_A_ROW) {
                    return cost;
                }
                previous = cost;
            }
            throw new AssertionError("the request's cost never came out the same " + SAME_IN_A_ROW
                    + " times in a row (last: " + previous + "); something else keeps using the database");
        } finally {
            scheduler.resume();
        }
    }

    /** A read of {@code statements} statements in one transaction on one connection. */
    public static ReadCost statementsInOneTransaction(long statements) {
        return new ReadCost(statements, 1, 1);
    }

    /** A read of {@code statements} statements outside any transaction, each on a connection of its own. */
    public static ReadCost statementsWithoutTransaction(long statements) {
        return new ReadCost(statements, 0, statements);
    }
}
