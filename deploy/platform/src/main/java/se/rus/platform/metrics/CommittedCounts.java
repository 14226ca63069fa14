package se.rus.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Business counters (README, "Observability") that count what was committed: the increment waits for the
 * current transaction's commit, so a rolled-back change or a redelivery after a rollback is not counted.
 */
@ApplicationScoped
public class CommittedCounts {

    @Inject
    MeterRegistry registry;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Adds {@code amount} to the counter {@code name} (Prometheus: {@code name} with dots as underscores and
     * {@code _total}) with these tags once the current transaction commits.
     */
    public void onCommit(String name, String description, double amount, String... tags) {
        Counter counter = Counter.builder(name).description(description).tags(tags).register(registry);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment(amount);
                }
            }
        });
    }
}
