package se.rus.finance.observability;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.finance.year.FinanceEvents;
import se.rus.localstack.Metrics;
import se.rus.localstack.RusTestInfrastructure;

import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rus.finance.FinanceApi.awaitEvent;
import static se.rus.finance.FinanceApi.definePost;
import static se.rus.finance.FinanceApi.entry;
import static se.rus.finance.FinanceApi.openYear;
import static se.rus.finance.FinanceApi.record;

/** The Prometheus scrape at /q/metrics (no token) moves with a write: the outbox's counters and gauges. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class MetricsTest {

    private static final int YEAR = 2077;
    private static final Map<String, String> LEDGER_ENTRY = Map.of("type", FinanceEvents.LEDGER_ENTRY_RECORDED);

    @Test
    void aLedgerEntryIsCountedOnceTheBrokerAcknowledgedItAndTheBacklogEmpties() {
        openYear(YEAR);
        String post = definePost(YEAR, "Arrangemang", "120000.00");
        await().atMost(Duration.ofSeconds(30)).until(() -> Metrics.scrape().value("rus_outbox_backlog") == 0);
        double before = Metrics.scrape().value("rus_events_published_total", LEDGER_ENTRY);

        String id = record(YEAR, entry(post, YEAR + "-03-14", "12500.00", "Lokalhyra vid regionträffen i Umeå"));
        awaitEvent(YEAR, FinanceEvents.LEDGER_ENTRY_RECORDED, id);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Metrics after = Metrics.scrape();
            assertEquals(before + 1, after.value("rus_events_published_total", LEDGER_ENTRY));
            assertEquals(0, after.value("rus_outbox_backlog"));
            assertEquals(0, after.value("rus_outbox_oldest_age_seconds"));
        });
    }

    @Test
    void httpServerRequestsAreMeasured() {
        openYear(YEAR + 1);
        Metrics metrics = Metrics.scrape();
        assertTrue(metrics.value("http_server_requests_seconds_count",
                Map.of("uri", "/api/v1/years", "method", "POST", "status", "201")) >= 1, metrics.text());
    }
}
