package se.rus.planning.area;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.planning.support.Api;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class AreaResourceTest {

    private static final int YEAR = 2040;
    private static final String AREAS = "/api/v1/plans/" + YEAR + "/areas";

    @Test
    void addsReordersChangesAndRemovesAreasWithEvents() {
        String planId = Api.createPlan(YEAR, 2040, 2042);
        String first = Api.workingGroup()
                .body(Map.of("name", "Miljömålsuppföljning",
                        "resourceNote", "I verksamhetsplanen 2024 tidsattes denna till 247 arbetsdagar."))
                .when().post(AREAS)
                .then().statusCode(201)
                .header("Location", containsString(AREAS + "/"))
                .header("ETag", notNullValue())
                .body("position", equalTo(1)).body("planId", equalTo(planId)).body("year", equalTo(YEAR))
                .extract().path("id");
        String second = Api.addArea(YEAR, "Stöd i åtgärdsarbetet", "381 arbetsdagar");
        String third = Api.workingGroup().body(Map.of("name", "Kommunikation och organisation", "position", 1))
                .when().post(AREAS).then().statusCode(201).body("position", equalTo(1)).extract().path("id");

        given().auth().oauth2(Api.COUNTY).when().get(AREAS)
                .then().statusCode(200)
                .body("items.name", contains("Kommunikation och organisation", "Miljömålsuppföljning", "Stöd i åtgärdsarbetet"))
                .body("items.position", contains(1, 2, 3))
                .body("totalItems", equalTo(3));

        Api.Event added = Api.awaitEvent("se.rus.planning.AreaAdded.v1", first);
        assertEquals(String.valueOf(YEAR), added.key());
        assertEquals("Miljömålsuppföljning", added.data().get("name").asText());
        assertEquals(planId, added.data().get("planId").asText());
        assertEquals(1, added.data().get("position").asInt());
        assertEquals(6, added.data().size(), "exactly the contract's fields: " + added.data());
        assertEquals("I verksamhetsplanen 2024 tidsattes denna till 247 arbetsdagar.", added.data().get("resourceNote").asText());
        // inserting in front moved the first area, which is a change of its state
        assertEquals(2, Api.awaitEvent("se.rus.planning.AreaChanged.v1", first).data().get("position").asInt());

        String etag = given().auth().oauth2(Api.WORKING_GROUP).when().get(AREAS + "/" + third)
                .then().statusCode(200).body("name", equalTo("Kommunikation och organisation"))
                .extract().header("ETag");
        Api.workingGroup().header("If-Match", etag)
                .body(Map.of("name", "Kommunikation och organisation", "resourceNote", "167 arbetsdagar", "position", 3))
                .when().put(AREAS + "/" + third)
                .then().statusCode(200).body("position", equalTo(3)).body("resourceNote", equalTo("167 arbetsdagar"));
        given().auth().oauth2(Api.STEERING).when().get(AREAS)
                .then().body("items.name", contains("Miljömålsuppföljning", "Stöd i åtgärdsarbetet", "Kommunikation och organisation"));

        String secondTag = given().auth().oauth2(Api.WORKING_GROUP).when().get(AREAS + "/" + second).then().extract().header("ETag");
        Api.workingGroup().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", secondTag)
                .body("{\"resourceNote\": \"I verksamhetsplanen 2024 tidsattes denna till 381 arbetsdagar.\"}")
                .when().patch(AREAS + "/" + second)
                .then().statusCode(200).body("name", equalTo("Stöd i åtgärdsarbetet")).body("position", equalTo(2))
                .body("resourceNote", equalTo("I verksamhetsplanen 2024 tidsattes denna till 381 arbetsdagar."));

        String firstTag = given().auth().oauth2(Api.WORKING_GROUP).when().get(AREAS + "/" + first).then().extract().header("ETag");
        given().auth().oauth2(Api.WORKING_GROUP).when().delete(AREAS + "/" + first).then().statusCode(428);
        given().auth().oauth2(Api.WORKING_GROUP).header("If-Match", "\"41\"").when().delete(AREAS + "/" + first).then().statusCode(412);
        given().auth().oauth2(Api.WORKING_GROUP).header("If-Match", firstTag).when().delete(AREAS + "/" + first).then().statusCode(204);
        given().auth().oauth2(Api.WORKING_GROUP).when().get(AREAS + "/" + first).then().statusCode(404);
        Api.Event removed = Api.awaitEvent("se.rus.planning.AreaRemoved.v1", first);
        assertEquals("Miljömålsuppföljning", removed.data().get("name").asText());
        given().auth().oauth2(Api.WORKING_GROUP).when().get(AREAS)
                .then().body("items.name", contains("Stöd i åtgärdsarbetet", "Kommunikation och organisation"))
                .body("items.position", contains(1, 2));
    }

    @Test
    void rejectsDuplicatesBadInputUnknownAreasAndOtherRoles() {
        Api.createPlan(2043, 2043, 2045);
        String areas = "/api/v1/plans/2043/areas";
        String id = Api.addArea(2043, "Miljömålsuppföljning", null);
        Api.workingGroup().body(Map.of("name", "Miljömålsuppföljning"))
                .when().post(areas).then().statusCode(409).contentType("application/problem+json");
        String other = Api.addArea(2043, "Stöd i åtgärdsarbetet", null);
        String etag = given().auth().oauth2(Api.WORKING_GROUP).when().get(areas + "/" + other).then().extract().header("ETag");
        Api.workingGroup().header("If-Match", etag).body(Map.of("name", "Miljömålsuppföljning"))
                .when().put(areas + "/" + other).then().statusCode(409);
        Api.workingGroup().body(Map.of("name", "  ")).when().post(areas)
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        Api.workingGroup().body(Map.of("name", "Ny", "position", 0)).when().post(areas)
                .then().statusCode(400).body("errors[0].field", equalTo("position"));
        Api.workingGroup().body(Map.of("name", "Ny")).when().post("/api/v1/plans/1997/areas").then().statusCode(404);
        given().auth().oauth2(Api.WORKING_GROUP).when().get(areas + "/" + java.util.UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/2040/areas/" + id).then().statusCode(404);
        Api.as(Api.COUNTY).body(Map.of("name", "Länets område")).when().post(areas).then().statusCode(403);
        given().when().get(areas).then().statusCode(401);
    }
}
