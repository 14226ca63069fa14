package se.rus.reporting.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import se.rus.reporting.assembly.AssembledReport;
import se.rus.reporting.assembly.SampleSnapshot;
import se.rus.reporting.rendering.ReportFormat;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportCacheTest {

    private static final AssembledReport REPORT = SampleSnapshot.year2024().assemble();

    @Test
    void assemblesAYearOncePerVersion() {
        ReportCache cache = new ReportCache();
        AtomicInteger assemblies = new AtomicInteger();
        cache.get(2024, 7, () -> counted(assemblies)).assembled();
        assertSame(REPORT, cache.get(2024, 7, () -> counted(assemblies)).assembled());
        assertEquals(1, assemblies.get());
        cache.get(2023, 3, () -> counted(assemblies)).assembled();
        cache.get(2024, 7, () -> counted(assemblies)).assembled();
        assertEquals(2, assemblies.get(), "another year's version leaves 2024 cached");
        cache.get(2024, 8, () -> counted(assemblies)).assembled();
        assertEquals(3, assemblies.get());
    }

    @Test
    void rendersEachFormatAndTheChecksOncePerVersion() {
        ReportCache cache = new ReportCache();
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        CachedReport cached = cache.get(2024, 1, () -> REPORT);
        assertSame(cached.rendition(ReportFormat.MARKDOWN, json), cached.rendition(ReportFormat.MARKDOWN, json));
        assertSame(cached.checks(), cache.get(2024, 1, () -> REPORT).checks());
        assertNotSame(cached.rendition(ReportFormat.JSON, json),
                cache.get(2024, 2, () -> REPORT).rendition(ReportFormat.JSON, json));
    }

    @Test
    void aFailedAssemblyIsTriedAgain() {
        ReportCache cache = new ReportCache();
        AtomicInteger assemblies = new AtomicInteger();
        CachedReport cached = cache.get(2024, 1, () -> {
            if (assemblies.incrementAndGet() == 1) {
                throw new IllegalStateException("database unreachable");
            }
            return REPORT;
        });
        assertThrows(IllegalStateException.class, cached::assembled);
        assertSame(REPORT, cache.get(2024, 1, () -> REPORT).assembled());
        assertEquals(2, assemblies.get());
    }

    @Test
    void keepsAFewYears() {
        ReportCache cache = new ReportCache();
        CachedReport first = cache.get(2000, 1, () -> REPORT);
        for (int year = 2001; year <= 2000 + ReportCache.YEARS; year++) {
            cache.get(year, 1, () -> REPORT);
        }
        assertNotSame(first, cache.get(2000, 1, () -> REPORT), "the least recently read year was dropped");
    }

    private static AssembledReport counted(AtomicInteger assemblies) {
        assemblies.incrementAndGet();
        return REPORT;
    }
}
