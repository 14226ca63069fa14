package se.rus.planning.common;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.planning.support.Api;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class IdempotentPostTest {

    @Test
    void aRetriedPostGetsTheFirstResponseAndCreatesNothingNew() {
        int year = 2080;
        Api.createPlan(year, 2080, 2082);
        String area = Api.addArea(year, "Kommunikation och organisation", null);
        String activities = "/api/v1/plans/" + year + "/activities";
        Map<String, Object> nobel = Map.of("areaId", area, "title", "Nobelmötet", "plannedDays", 30, "prioritised", true);

        var first = Api.workingGroup().header("Idempotency-Key", "nobel-1").body(nobel).when().post(activities)
                .then().statusCode(201).extract();
        var retry = Api.workingGroup().header("Idempotency-Key", "nobel-1").body(nobel).when().post(activities)
                .then().statusCode(201).contentType("application/json")
                .body("title", equalTo("Nobelmötet")).body("plannedDays", equalTo(30)).extract();
        assertEquals(first.path("id").toString(), retry.path("id").toString());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        given().auth().oauth2(Api.WORKING_GROUP).when().get(activities).then().body("totalItems", equalTo(1));
        given().auth().oauth2(Api.WORKING_GROUP)
                .when().get("/api/v1/plans/" + year + "/history?type=se.rus.planning.ActivityPlanned.v1")
                .then().body("totalItems", equalTo(1));

        Api.workingGroup().header("Idempotency-Key", "nobel-1")
                .body(Map.of("areaId", area, "title", "Nobelmötet", "plannedDays", 31))
                .when().post(activities)
                .then().statusCode(422).contentType("application/problem+json");
        // without the key the duplicate is refused as usual
        Api.workingGroup().body(nobel).when().post(activities).then().statusCode(409);
        // a failed first attempt leaves the key free for a corrected retry
        Api.workingGroup().header("Idempotency-Key", "dialog-1")
                .body(Map.of("areaId", area, "title", "Nobelmötet", "plannedDays", 11))
                .when().post(activities).then().statusCode(409);
        Api.workingGroup().header("Idempotency-Key", "dialog-1")
                .body(Map.of("areaId", area, "title", "Länsstyrelse- och myndighetsdialog", "plannedDays", 11))
                .when().post(activities).then().statusCode(201);
    }
}
