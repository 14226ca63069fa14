package se.rus.reporting.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import se.rus.reporting.assembly.AssembledReport;
import se.rus.reporting.model.Check;
import se.rus.reporting.model.Report;
import se.rus.reporting.rendering.Rendition;
import se.rus.reporting.rendering.ReportFormat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The live report of a year at one read-model version: assembled on first use, each rendering and the checks
 * made on first request and kept. A failed assembly (the database unreachable) is not kept; the next reader
 * tries again.
 */
public final class CachedReport {

    private final long version;
    private final Supplier<AssembledReport> assembly;
    private final Map<ReportFormat, Rendition> renditions = new ConcurrentHashMap<>();
    private AssembledReport assembled;
    private List<Check> checks;

    CachedReport(long version, Supplier<AssembledReport> assembly) {
        this.version = version;
        this.assembly = assembly;
    }

    long version() {
        return version;
    }

    public synchronized AssembledReport assembled() {
        if (assembled == null) {
            assembled = assembly.get();
        }
        return assembled;
    }

    public synchronized List<Check> checks() {
        if (checks == null) {
            checks = ReportChecks.of(assembled());
        }
        return checks;
    }

    public Rendition rendition(ReportFormat format, ObjectMapper json) {
        Report report = assembled().report();
        return renditions.computeIfAbsent(format, f -> Rendition.of(report, f, json));
    }
}
