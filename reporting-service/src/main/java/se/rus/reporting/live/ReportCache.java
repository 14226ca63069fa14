package se.rus.reporting.live;

import jakarta.enterprise.context.ApplicationScoped;
import se.rus.reporting.assembly.AssembledReport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The live report of the most recently read years, each under the read-model version it was assembled for.
 * A reader asks the database for the year's current version first; an entry of another version is replaced,
 * so an event applied by any reporting instance retires this instance's entry with no message between them.
 * One entry per year and at most {@link #YEARS} years: a few years × five documents (four formats, checks).
 */
@ApplicationScoped
public class ReportCache {

    static final int YEARS = 6;

    private final Map<Integer, CachedReport> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, CachedReport> eldest) {
            return size() > YEARS;
        }
    };

    /**
     * The entry of the year for {@code version}, read before the projections it is assembled from: an entry can
     * then only hold the state of its version or a newer one, never an older one. Readers of the same version
     * share one entry, so a new version is assembled once however many read it at the same time.
     */
    public CachedReport get(int year, long version, Supplier<AssembledReport> assemble) {
        synchronized (entries) {
            CachedReport cached = entries.get(year);
            if (cached == null || cached.version() != version) {
                cached = new CachedReport(version, assemble);
                entries.put(year, cached);
            }
            return cached;
        }
    }
}
