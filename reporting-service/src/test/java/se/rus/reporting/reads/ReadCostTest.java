package se.rus.reporting.reads;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.quarkus.scheduler.Scheduler;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import se.rus.localstack.ReadCost;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.reporting.support.ContractEvents;
import se.rus.reporting.support.YearFixture;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every read of an approved report and of the report list costs a fixed number of statements, in one transaction
 * except the report read itself (see below).
 * (The live report's own cost is the report cache's to assert.)
 */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class ReadCostTest {

    private static final int YEAR = 2005;
    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    private static final String STEERING = RusTestInfrastructure.token("rus-steering");

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Scheduler scheduler;

    private ReadCost cost(String path) {
        return ReadCost.of(sessionFactory.getStatistics(), scheduler,
                () -> assertEquals(200, given().auth().oauth2(STEERING).accept(ContentType.JSON).when().get(path)
                        .statusCode(), path));
    }

    @Test
    void eachReadIsOneTransactionOfAFixedNumberOfStatements() {
        YearFixture year = new YearFixture(YEAR);
        year.all().forEach(ContractEvents.Sent::send);
        year.awaitComplete(WORKING_GROUP);
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(year.draft())
                .when().put("/api/v1/reports/" + YEAR + "/draft").then().statusCode(201);
        // the live report, served from the cache: one statement (approval and version), no transaction
        ReadCost live = cost("/api/v1/reports/" + YEAR);
        given().auth().oauth2(STEERING).contentType(ContentType.JSON).body(Map.of("approvedAt", (YEAR + 1) + "-02-05"))
                .when().post("/api/v1/reports/" + YEAR + "/approvals").then().statusCode(201);

        String report = "/api/v1/reports/" + YEAR;
        Map<String, Integer> statements = new LinkedHashMap<>();
        statements.put("/api/v1/reports", 1);
        Map<String, ReadCost> measured = new LinkedHashMap<>();
        Map<String, ReadCost> expected = new LinkedHashMap<>();
        // approved: whether it is (with the live version), then its latest version; two statements and no
        // transaction, because the live report this read usually serves comes from the cache
        expected.put(report, ReadCost.statementsWithoutTransaction(2));
        measured.put(report, cost(report));
        statements.put(report + "/approved", 1);
        statements.put(report + "/versions", 1);
        statements.put(report + "/versions/1", 1);
        statements.put(report + "/draft", 1);
        statements.forEach((path, count) -> {
            expected.put(path, ReadCost.statementsInOneTransaction(count));
            measured.put(path, cost(path));
        });
        assertEquals(expected, measured);
        assertEquals(ReadCost.statementsWithoutTransaction(1), live);
    }
}
