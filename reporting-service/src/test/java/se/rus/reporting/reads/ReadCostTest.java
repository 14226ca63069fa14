package se.rus.reporting.reads;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.rus.localstack.ReadCost;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.checks.ReadCostChecks;
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
class ReadCostTest extends ReadCostChecks {

    private static final int YEAR = 2005;

    @Override
    protected Map<String, ReadCost> expectedCosts() {
        YearFixture year = new YearFixture(YEAR);
        year.all().forEach(ContractEvents.Sent::send);
        year.awaitComplete(WORKING_GROUP);
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(year.draft())
                .when().put("/api/v1/reports/" + YEAR + "/draft").then().statusCode(201);
        // the live report, served from the cache: one statement (approval and version), no transaction
        assertEquals(ReadCost.statementsWithoutTransaction(1), cost("/api/v1/reports/" + YEAR, 200));
        given().auth().oauth2(STEERING).contentType(ContentType.JSON).body(Map.of("approvedAt", (YEAR + 1) + "-02-05"))
                .when().post("/api/v1/reports/" + YEAR + "/approvals").then().statusCode(201);

        String report = "/api/v1/reports/" + YEAR;
        Map<String, ReadCost> expected = new LinkedHashMap<>();
        expected.put("/api/v1/reports", ReadCost.statementsInOneTransaction(1));
        // approved: whether it is (with the live version), then its latest version; two statements and no
        // transaction, because the live report this read usually serves comes from the cache
        expected.put(report, ReadCost.statementsWithoutTransaction(2));
        expected.put(report + "/approved", ReadCost.statementsInOneTransaction(1));
        expected.put(report + "/versions", ReadCost.statementsInOneTransaction(1));
        expected.put(report + "/versions/1", ReadCost.statementsInOneTransaction(1));
        expected.put(report + "/draft", ReadCost.statementsInOneTransaction(1));
        return expected;
    }
}
