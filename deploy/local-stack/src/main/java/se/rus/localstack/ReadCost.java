package se.rus.localstack;

import org.hibernate.stat.Statistics;

/**
 * What one request costs the database, from the service's Hibernate statistics (enabled in the test profile):
 * JDBC statements prepared, transactions completed and connections asked for. A test asserts these counts
 * exactly, never a time.
 *
 * <p>The statistics are global to the service, and its outbox relay and event consumers may run at any moment.
 * They only ever add to a request's figures, so a request measured twice in a row with the same result was
 * measured alone.
 */
public record ReadCost(long statements, long transactions, long connections) {

    private static final int ATTEMPTS = 10;

    public static ReadCost of(Statistics statistics, Runnable request) {
        ReadCost previous = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            statistics.clear();
            request.run();
            ReadCost cost = new ReadCost(statistics.getPrepareStatementCount(), statistics.getTransactionCount(),
                    statistics.getConnectCount());
            if (cost.equals(previous)) {
                return cost;
            }
            previous = cost;
        }
        throw new AssertionError("the request's cost never came out the same twice in a row (last: " + previous
                + "); something else keeps using the database");
    }

    /** The statements and transactions of one database round trip of each kind, for readable assertions. */
    public static ReadCost statementsInOneTransaction(long statements) {
        return new ReadCost(statements, 1, 1);
    }
}
