package se.rus.reporting.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ReportCacheTest {

    private static final AssembledReport REPORT = SampleSnapshot.year2024().assemble();

    @Test
    void assemblesAYearOnceUntilItIsInvalidated() {
        ReportCache cache = new ReportCache();
        AtomicInteger assemblies = new AtomicInteger();
        cache.get(2024, () -> counted(assemblies));
        assertSame(REPORT, cache.get(2024, () -> counted(assemblies)));
        assertEquals(1, assemblies.get());
        cache.invalidate(2023);
        cache.get(2024, () -> counted(assemblies));
        assertEquals(1, assemblies.get(), "another year's event leaves 2024 cached");
        cache.invalidate(2024);
        cache.get(2024, () -> counted(assemblies));
        assertEquals(2, assemblies.get());
        cache.invalidateAll();
        cache.get(2024, () -> counted(assemblies));
        assertEquals(3, assemblies.get());
    }

    @Test
    void anAssemblyThatRacedAnInvalidationIsNotKept() {
        ReportCache cache = new ReportCache();
        AtomicInteger assemblies = new AtomicInteger();
        cache.get(2024, () -> {
            cache.invalidate(2024);
            return counted(assemblies);
        });
        cache.get(2024, () -> counted(assemblies));
        assertEquals(2, assemblies.get());
        assertEquals(List.of(), REPORT.looseEnds());
    }

    private static AssembledReport counted(AtomicInteger assemblies) {
        assemblies.incrementAndGet();
        return REPORT;
    }
}
