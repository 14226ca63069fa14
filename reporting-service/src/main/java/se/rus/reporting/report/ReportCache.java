package se.rus.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The live assembly of each year, kept until an event or an edit touches that year. Every
 * invalidation stamps the year; an assembly started before a stamp is not kept, so a reader racing
 * a commit can never leave a stale report behind.
 */
@ApplicationScoped
public class ReportCache {

    private record Entry(long stamp, AssembledReport report) {
    }

    private final AtomicLong clock = new AtomicLong();
    private final Map<Integer, Long> changedAt = new ConcurrentHashMap<>();
    private final Map<Integer, Entry> entries = new ConcurrentHashMap<>();
    private volatile long allChangedAt;

    @Inject
    TransactionSynchronizationRegistry transactions;

    public AssembledReport get(int year, Supplier<AssembledReport> assemble) {
        long stamp = stampOf(year);
        Entry entry = entries.get(year);
        if (entry != null && entry.stamp() == stamp) {
            return entry.report();
        }
        AssembledReport report = assemble.get();
        entries.compute(year, (y, old) -> stampOf(y) == stamp ? new Entry(stamp, report) : old);
        return report;
    }

    public void invalidate(int year) {
        changedAt.put(year, clock.incrementAndGet());
        entries.remove(year);
    }

    public void invalidateAll() {
        allChangedAt = clock.incrementAndGet();
        entries.clear();
    }

    /** Inside a transaction the year is invalidated once it has committed, so no reader caches the old state. */
    public void invalidateAfterCommit(int year) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            invalidate(year);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                invalidate(year);
            }
        });
    }

    private long stampOf(int year) {
        return Math.max(changedAt.getOrDefault(year, 0L), allChangedAt);
    }
}
