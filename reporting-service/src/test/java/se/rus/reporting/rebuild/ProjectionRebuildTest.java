package se.rus.reporting.rebuild;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.reporting.support.ContractEvents;
import se.rus.reporting.support.YearFixture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class ProjectionRebuildTest {

    private static final int YEAR = 2064;
    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");

    @Test
    void aRebuildFromTheTopicsGivesTheSameReport() {
        YearFixture fixture = new YearFixture(YEAR);
        fixture.all().forEach(ContractEvents.Sent::send);
        fixture.entry(fixture.other, "Övrigt", "1234.56", "DIRECT_SPEND").send();
        fixture.awaitComplete(WORKING_GROUP);
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(fixture.draft())
                .header("If-Match", "*").when().put("/api/v1/reports/" + YEAR + "/draft");
        String before = given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/" + YEAR)
                .then().statusCode(200).extract().asString();
        String markdownBefore = given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/" + YEAR + "?format=markdown")
                .then().statusCode(200).extract().asString();

        given().auth().oauth2(WORKING_GROUP).when().post("/api/v1/admin/projections/rebuild")
                .then().statusCode(200)
                .body("eventsRead", greaterThan(30))
                .body("topics", hasItems("rus.planning.v1", "rus.finance.v1", "rus.followup.v1"));

        String after = given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/" + YEAR)
                .then().statusCode(200).extract().asString();
        assertEquals(before, after);
        assertEquals(markdownBefore, given().auth().oauth2(WORKING_GROUP)
                .when().get("/api/v1/reports/" + YEAR + "?format=markdown").then().extract().asString());
    }

    @Test
    void onlyTheWorkingGroupRebuilds() {
        given().auth().oauth2(RusTestInfrastructure.token("rus-steering"))
                .when().post("/api/v1/admin/projections/rebuild").then().statusCode(403);
        given().when().post("/api/v1/admin/projections/rebuild").then().statusCode(401);
    }
}
