package se.rus.reporting.observability;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.rus.localstack.Metrics;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.TopicReader;
import se.rus.reporting.projection.FinanceProjection;
import se.rus.reporting.support.ContractEvents;
import se.rus.reporting.support.YearFixture;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Prometheus scrape at /q/metrics (no token): events consumed once, dead letters, consumer lag, reports approved. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class MetricsTest {

    private static final int YEAR = 2006;
    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    private static final String STEERING = RusTestInfrastructure.token("rus-steering");
    private static final Map<String, String> LEDGER_ENTRY = Map.of(
            "type", "se.rus.finance.LedgerEntryRecorded.v1", "consumer", FinanceProjection.CONSUMER);

    @Test
    void anEventIsCountedWhenFirstAppliedAndAnApprovalWhenCommitted() {
        YearFixture fixture = new YearFixture(YEAR);
        fixture.all().forEach(ContractEvents.Sent::send);
        fixture.awaitComplete(WORKING_GROUP);

        double consumed = Metrics.scrape().value("rus_events_consumed_total", LEDGER_ENTRY);
        ContractEvents.Sent entry = fixture.entry(fixture.other, "Övrigt", "2400.00", "DIRECT_SPEND");
        entry.send();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(consumed + 1, Metrics.scrape().value("rus_events_consumed_total", LEDGER_ENTRY)));

        // a redelivery changes nothing, so it is not counted; the next event shows the redelivery was taken in
        entry.send();
        fixture.entry(fixture.other, "Övrigt", "100.00", "DIRECT_SPEND").send();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(consumed + 2, Metrics.scrape().value("rus_events_consumed_total", LEDGER_ENTRY)));

        // a record that is no CloudEvent is a dead letter; the consumer goes on
        double deadLetters = Metrics.scrape().value("rus_dead_letters");
        TopicReader.send(ContractEvents.FINANCE, Integer.toString(YEAR), "ingen händelse " + UUID.randomUUID());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertEquals(deadLetters + 1, Metrics.scrape().value("rus_dead_letters")));

        double approved = Metrics.scrape().value("rus_reports_approved_total");
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(fixture.draft())
                .when().put("/api/v1/reports/" + YEAR + "/draft").then().statusCode(201);
        given().auth().oauth2(STEERING).contentType(ContentType.JSON).body(Map.of("approvedAt", YEAR + 1 + "-02-05"))
                .when().post("/api/v1/reports/" + YEAR + "/approvals").then().statusCode(201);
        assertEquals(approved + 1, Metrics.scrape().value("rus_reports_approved_total"));
        given().auth().oauth2(STEERING).contentType(ContentType.JSON).body(Map.of("approvedAt", YEAR + 1 + "-02-06"))
                .when().post("/api/v1/reports/" + YEAR + "/approvals").then().statusCode(409);
        assertEquals(approved + 1, Metrics.scrape().value("rus_reports_approved_total"), "a refused approval");
    }

    @Test
    void theConsumersLagIsExposedPerTopicAndPartition() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Metrics metrics = Metrics.scrape();
            assertTrue(metrics.has("kafka_consumer_fetch_manager_records_lag_max"), metrics.text());
        });
    }
}
