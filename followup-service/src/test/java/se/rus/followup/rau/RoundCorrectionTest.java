package se.rus.followup.rau;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import se.rus.followup.PlanningFixture;
import se.rus.localstack.RusTestInfrastructure;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The working group corrects an open RÅU round; what was already submitted stays visible, outside the round. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class RoundCorrectionTest {

    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    private static final String GAVLEBORG = RusTestInfrastructure.countyToken("21");

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String round(int year) {
        return "/api/v1/rau/" + year + "/round";
    }

    private static void open(int year) {
        as(WORKING_GROUP).body(Map.of("instructions", "Anvisningar för RÅU " + year + ".", "deadline", (year + 1) + "-01-31",
                        "objectiveCodes", List.of("FRISK_LUFT", "LEVANDE_SKOGAR"), "countyCodes", List.of("01", "21")))
                .when().post(round(year)).then().statusCode(201);
    }

    private static String submitted(int year, String objective) {
        String id = as(GAVLEBORG).body(Map.of("countyCode", "21", "objectiveCode", objective, "assessment", "CLOSE",
                        "trend", "NEUTRAL", "summary", "Målet är nära att nås i länet."))
                .when().post("/api/v1/rau/" + year + "/submissions").then().statusCode(201).extract().path("id");
        as(GAVLEBORG).when().post("/api/v1/rau/" + year + "/submissions/" + id + "/submit").then().statusCode(200);
        return id;
    }

    @Test
    void anOpenRoundIsCorrectedAndASubmissionForARemovedObjectiveStaysOutsideTheRound() {
        int year = 2083;
        open(year);
        String skogar = submitted(year, "LEVANDE_SKOGAR");

        as(WORKING_GROUP).body(Map.of("deadline", "2084-02-14")).when().patch(round(year)).then().statusCode(428);
        as(WORKING_GROUP).header("If-Match", "\"7\"").body(Map.of("deadline", "2084-02-14")).when().patch(round(year))
                .then().statusCode(412);
        as(WORKING_GROUP).header("If-Match", "\"0\"").body(Map.of("deadline", "2084-02-14", "objectiveCodes", List.of("FRISK_LUFT")))
                .contentType("application/merge-patch+json; charset=UTF-8").when().patch(round(year)).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("deadline", equalTo("2084-02-14"))
                .body("instructions", equalTo("Anvisningar för RÅU " + year + "."))
                .body("objectiveCodes", equalTo(List.of("FRISK_LUFT"))).body("countyCodes", equalTo(List.of("01", "21")));
        PlanningFixture.Received changed = PlanningFixture.awaitFollowUpEvent("RauRoundChanged.v1", "2084-02-14");
        assertEquals(String.valueOf(year), changed.key());
        assertEquals(List.of("FRISK_LUFT"), List.of(changed.data().get("objectiveCodes").get(0).asText()));

        as(WORKING_GROUP).when().get("/api/v1/rau/" + year + "/submissions/" + skogar).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("outsideRound", equalTo(true));
        as(WORKING_GROUP).when().get("/api/v1/rau/" + year + "/compilation/LEVANDE_SKOGAR").then().statusCode(200)
                .body("outsideRound", equalTo(true)).body("expectedCounties", equalTo(0)).body("reportedCounties", equalTo(0))
                .body("counties[0].countyCode", equalTo("21")).body("counties[0].outsideRound", equalTo(true));
        as(WORKING_GROUP).when().get("/api/v1/rau/" + year + "/compilation").then().statusCode(200)
                .body("objectiveCode", equalTo(List.of("FRISK_LUFT", "LEVANDE_SKOGAR")))
                .body("outsideRound", equalTo(List.of(false, true)))
                .body("[1].outsideRoundCountyCodes", equalTo(List.of("21")));

        as(WORKING_GROUP).header("If-Match", "\"1\"").body(Map.of("instructions", "Rättade anvisningar.", "deadline", "2084-02-14",
                        "objectiveCodes", List.of("FRISK_LUFT", "LEVANDE_SKOGAR"), "countyCodes", List.of("21")))
                .when().put(round(year)).then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("countyCodes", equalTo(List.of("21")));
        as(WORKING_GROUP).when().get("/api/v1/rau/" + year + "/submissions/" + skogar).then().body("outsideRound", equalTo(false));
        as(WORKING_GROUP).when().get(round(year) + "/history").then().statusCode(200)
                .body("size()", equalTo(2)).body("[0].before.deadline", equalTo("2084-01-31"))
                .body("[0].after.deadline", equalTo("2084-02-14")).body("[1].after.countyCodes", equalTo(List.of("21")))
                .body("[1].changedBy", notNullValue());
    }

    @Test
    void aCorrectionIsForTheWorkingGroupValidAndOnlyWhileTheRoundIsOpen() {
        int year = 2084;
        open(year);
        as(WORKING_GROUP).header("If-Match", "\"0\"").body(Map.of("deadline", "2085-01-31", "instructions", " "))
                .when().put(round(year)).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("instructions"));
        as(WORKING_GROUP).header("If-Match", "\"0\"").body("{\"deadline\":null}").when().patch(round(year))
                .then().statusCode(400).body("errors[0].field", equalTo("deadline"));
        as(WORKING_GROUP).header("If-Match", "\"0\"").body(Map.of("countyCodes", List.of("99")))
                .when().patch(round(year)).then().statusCode(422);
        as(GAVLEBORG).header("If-Match", "\"0\"").body(Map.of("deadline", "2085-02-01")).when().patch(round(year))
                .then().statusCode(403);
        given().when().patch(round(year)).then().statusCode(401);
        as(WORKING_GROUP).header("If-Match", "\"0\"").body(Map.of("deadline", "2085-02-01")).when().patch(round(2085))
                .then().statusCode(404);
        as(WORKING_GROUP).header("If-Match", "\"0\"").body("{}").when().patch(round(year)).then().statusCode(200)
                .header("ETag", equalTo("\"0\""));
        as(WORKING_GROUP).when().get(round(year) + "/history").then().statusCode(200).body("size()", equalTo(0));

        as(WORKING_GROUP).header("If-Match", "\"0\"").when().post(round(year) + "/close").then().statusCode(200);
        as(WORKING_GROUP).header("If-Match", "\"1\"").body(Map.of("deadline", "2085-02-01")).when().patch(round(year))
                .then().statusCode(409).contentType("application/problem+json");
    }
}
