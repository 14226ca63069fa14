package se.rus.planning.goal;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.planning.support.Api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class GoalResourceTest {

    private static final String GOALS = "/api/v1/goal-periods/2050-2052/goals";
    private static final String FOLLOW_UP = "Miljömålsuppföljning";
    private static final String COMMUNICATION = "Kommunikation och organisation";

    private static String define(String areaName, String text) {
        return Api.workingGroup().body(Map.of("areaName", areaName, "text", text))
                .when().post(GOALS).then().statusCode(201).extract().path("id");
    }

    @Test
    void definesOrdersChangesAndRemovesGoalsOfAPeriod() {
        // the plan of the period's last year gives the order of the areas
        Api.createPlan(2052, 2050, 2052);
        Api.addArea(2052, FOLLOW_UP, null);
        Api.addArea(2052, COMMUNICATION, null);

        String ours = Api.workingGroup().body(Map.of("areaName", COMMUNICATION,
                        "text", "RUS är ett ändamålsenligt väl fungerande samverkansorgan för det regionala och lokala miljömålsarbetet."))
                .when().post(GOALS)
                .then().statusCode(201).header("Location", containsString(GOALS + "/")).header("ETag", notNullValue())
                .body("position", equalTo(1)).body("periodStart", equalTo(2050)).body("periodEnd", equalTo(2052))
                .extract().path("id");
        String monitoring = define(FOLLOW_UP, "Miljöövervakningen och dess resultat används mer för miljömålsuppföljningen.");
        String indicators = define(FOLLOW_UP, "Indikatorerna på Sverigesmiljömål.se är till nytta för det regionala och lokala miljöarbetet.");

        given().auth().oauth2(Api.NATURVARDSVERKET).when().get(GOALS)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Api.COUNTY).when().get(GOALS)
                .then().statusCode(200).body("totalItems", equalTo(3))
                .body("items.id", contains(monitoring, indicators, ours))
                .body("items.position", contains(1, 2, 1));
        given().auth().oauth2(Api.COUNTY).when().get(GOALS + "?areaName=" + FOLLOW_UP + "&size=1&page=1")
                .then().statusCode(200).body("totalItems", equalTo(2)).body("items.id", contains(indicators));

        Api.Event defined = Api.awaitEvent("se.rus.planning.GoalDefined.v1", ours);
        assertEquals("2052", defined.key());
        assertEquals(ours, defined.data().get("id").asText());
        assertEquals(2050, defined.data().get("periodStart").asInt());
        assertEquals(2052, defined.data().get("periodEnd").asInt());
        assertEquals(COMMUNICATION, defined.data().get("areaName").asText());
        assertEquals(1, defined.data().get("position").asInt());
        assertEquals(7, defined.data().size(), defined.data().toString());
        assertTrue(defined.data().get("predecessorId").isNull(), defined.data().toString());

        String tag = given().auth().oauth2(Api.WORKING_GROUP).when().get(GOALS + "/" + indicators)
                .then().statusCode(200).extract().header("ETag");
        Api.workingGroup().header("If-Match", tag).body(Map.of("areaName", FOLLOW_UP,
                        "text", "Indikatorerna på Sverigesmiljömål.se är till nytta för miljöarbetet.", "position", 1))
                .when().put(GOALS + "/" + indicators)
                .then().statusCode(200).body("position", equalTo(1));
        assertEquals(2, Api.awaitEvent("se.rus.planning.GoalChanged.v1", monitoring).data().get("position").asInt());
        assertEquals("Indikatorerna på Sverigesmiljömål.se är till nytta för miljöarbetet.",
                Api.awaitEvent("se.rus.planning.GoalChanged.v1", indicators).data().get("text").asText());

        String monitoringTag = given().auth().oauth2(Api.WORKING_GROUP).when().get(GOALS + "/" + monitoring).then().extract().header("ETag");
        Api.workingGroup().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", monitoringTag)
                .body("{\"text\": \"Miljöövervakningen används mer för miljömålsuppföljningen.\"}")
                .when().patch(GOALS + "/" + monitoring)
                .then().statusCode(200).body("areaName", equalTo(FOLLOW_UP)).body("position", equalTo(2));

        String oursTag = given().auth().oauth2(Api.WORKING_GROUP).when().get(GOALS + "/" + ours).then().extract().header("ETag");
        given().auth().oauth2(Api.WORKING_GROUP).when().delete(GOALS + "/" + ours).then().statusCode(428);
        given().auth().oauth2(Api.WORKING_GROUP).header("If-Match", "\"9\"").when().delete(GOALS + "/" + ours).then().statusCode(412);
        given().auth().oauth2(Api.WORKING_GROUP).header("If-Match", oursTag).when().delete(GOALS + "/" + ours).then().statusCode(204);
        assertEquals(COMMUNICATION, Api.awaitEvent("se.rus.planning.GoalRemoved.v1", ours).data().get("areaName").asText());
        given().auth().oauth2(Api.WORKING_GROUP).when().get(GOALS).then().body("totalItems", equalTo(2));
        // goal events are part of the history of the period's last year
        given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/2052/history?type=se.rus.planning.GoalRemoved.v1")
                .then().statusCode(200).body("items.subject", contains(ours));
    }

    @Test
    void inThePeriodsFirstYearTheGoalsFollowThatYearsPlanNotTheAlphabet() {
        // only the first year's plan exists: its area order (not alphabetical) is the goals' order
        Api.createPlan(2056, 2056, 2058);
        String support = "Stöd i åtgärdsarbetet";
        Api.addArea(2056, support, null);
        Api.addArea(2056, FOLLOW_UP, null);
        Api.addArea(2056, COMMUNICATION, null);
        String goals = "/api/v1/goal-periods/2056-2058/goals";
        for (String area : List.of(COMMUNICATION, FOLLOW_UP, support)) {
            Api.workingGroup().body(Map.of("areaName", area, "text", "Ett mål för " + area + "."))
                    .when().post(goals).then().statusCode(201);
        }
        given().auth().oauth2(Api.WORKING_GROUP).when().get(goals)
                .then().statusCode(200).body("items.areaName", contains(support, FOLLOW_UP, COMMUNICATION));
        given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/2056/export")
                .then().statusCode(200).body("goals.areaName", contains(support, FOLLOW_UP, COMMUNICATION));
        // the second year's plan, once it exists, gives the order
        Api.createPlan(2057, 2056, 2058);
        Api.addArea(2057, COMMUNICATION, null);
        Api.addArea(2057, support, null);
        Api.addArea(2057, FOLLOW_UP, null);
        given().auth().oauth2(Api.WORKING_GROUP).when().get(goals)
                .then().statusCode(200).body("items.areaName", contains(COMMUNICATION, support, FOLLOW_UP));
    }

    @Test
    void rejectsDuplicatesBadInputAndUnknownGoals() {
        String periodGoals = "/api/v1/goal-periods/2053-2055/goals";
        String text = "RUS vägledningar förvaltas, sprids och används.";
        Api.workingGroup().body(Map.of("areaName", COMMUNICATION, "text", text)).when().post(periodGoals).then().statusCode(201);
        Api.workingGroup().body(Map.of("areaName", COMMUNICATION, "text", text)).when().post(periodGoals)
                .then().statusCode(409).contentType("application/problem+json");
        Api.workingGroup().body(Map.of("areaName", FOLLOW_UP, "text", text)).when().post(periodGoals).then().statusCode(201);
        Api.workingGroup().body(Map.of("areaName", COMMUNICATION, "text", "")).when().post(periodGoals)
                .then().statusCode(400).body("errors[0].field", equalTo("text"));
        Api.workingGroup().body(Map.of("areaName", COMMUNICATION, "text", text)).when().post("/api/v1/goal-periods/2024/goals")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("period"));
        given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/goal-periods/2055-2053/goals")
                .then().statusCode(400).body("errors[0].field", equalTo("period"));
        given().auth().oauth2(Api.WORKING_GROUP).when().get(periodGoals + "/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/goal-periods/2099-2100/goals")
                .then().statusCode(200).body("totalItems", equalTo(0));
        Api.as(Api.STEERING).body(Map.of("areaName", COMMUNICATION, "text", "Nytt mål")).when().post(periodGoals).then().statusCode(403);
        given().when().get(periodGoals).then().statusCode(401);
    }
}
