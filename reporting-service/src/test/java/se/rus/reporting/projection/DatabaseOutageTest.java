package se.rus.reporting.projection;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.rus.localstack.DatabaseOutageInfrastructure;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.platform.events.DeadLetters;
import se.rus.reporting.support.ContractEvents;
import se.rus.reporting.support.YearFixture;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An event that arrives while PostgreSQL is out of reach is no dead letter: the consumer retries it in place and
 * applies it when the database returns, in the same process. The outage lasts longer than the minute after which
 * the connector's throttled commit strategy would otherwise have given up on the waiting record.
 */
@QuarkusTest
@WithTestResource(value = DatabaseOutageInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class DatabaseOutageTest {

    private static final int YEAR = 2070;
    private static final String REPORT = "/api/v1/reports/" + YEAR;
    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    private static final Duration OUTAGE = Duration.ofSeconds(70);

    @Inject
    DeadLetters deadLetters;

    @Test
    void anEventThatArrivesWhileTheDatabaseIsAwayIsAppliedWhenItReturns() throws Exception {
        YearFixture fixture = new YearFixture(YEAR);
        fixture.planning().forEach(ContractEvents.Sent::send);
        fixture.finance().forEach(ContractEvents.Sent::send);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(WORKING_GROUP).when().get(REPORT)
                        .then().statusCode(200).body("economy.posts", hasSize(3)));
        long before = deadLetters.count();

        DatabaseOutageInfrastructure.proxy().cut();
        try {
            fixture.entry(fixture.other, "Övrigt", "700.00", "DIRECT_SPEND").send();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().when().get("/q/health/ready")
                            .then().statusCode(503)
                            .body("checks.find { it.name == 'dead-letters' }.status", equalTo("UP"))
                            .body("checks.find { it.name == 'dead-letters' }.data.count", startsWith("unknown")));
            // the outage itself, not a wait for a result: the consumer keeps retrying the entry meanwhile
            Thread.sleep(OUTAGE.toMillis());
        } finally {
            DatabaseOutageInfrastructure.proxy().restore();
        }

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                given().auth().oauth2(WORKING_GROUP).when().get(REPORT)
                        .then().statusCode(200).body("economy.posts[2].outcome", equalTo("700.00")));
        assertEquals(before, deadLetters.count(), "waiting for the database made no dead letter");
    }
}
