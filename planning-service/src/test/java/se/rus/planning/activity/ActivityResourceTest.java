package se.rus.planning.activity;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.planning.support.Api;

import java.math.BigDecimal;
import java.util.HashMap;
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
class ActivityResourceTest {

    private static Map<String, Object> activity(String areaId, String title, Object plannedDays) {
        Map<String, Object> body = new HashMap<>();
        body.put("areaId", areaId);
        body.put("title", title);
        body.put("plannedDays", plannedDays);
        return body;
    }

    @Test
    void plansActivitiesPublishesTheContractPayloadAndSumsTheDays() {
        int year = 2041;
        String activities = "/api/v1/plans/" + year + "/activities";
        String planId = Api.createPlan(year, 2041, 2043);
        String support = Api.addArea(year, "Stöd i åtgärdsarbetet", "381 arbetsdagar");
        String communication = Api.addArea(year, "Kommunikation och organisation", "167 arbetsdagar");

        Map<String, Object> circular = activity(support, "Cirkulär ekonomi och hållbar konsumtion", 21);
        circular.put("description", List.of(
                Map.of("kind", "PARAGRAPH", "text", "Stödja länsstyrelsernas arbete med cirkulär ekonomi."),
                Map.of("kind", "BULLETS", "items", List.of("Nätverksträffar", "Vägledning"))));
        circular.put("extraDays", 18);
        circular.put("extraEffortNote", "samt 18 dagar utanför arbetsgruppen");
        circular.put("prioritised", true);
        circular.put("developmentEffort", "PARTIAL");
        circular.put("responsible", List.of("Birgit Nielsen", "Johan Niss"));
        String circularId = Api.workingGroup().body(circular).when().post(activities)
                .then().statusCode(201)
                .header("Location", containsString(activities + "/"))
                .header("ETag", notNullValue())
                .body("position", equalTo(1))
                .body("areaName", equalTo("Stöd i åtgärdsarbetet"))
                .body("plannedDays", equalTo(21))
                .body("description[1].items[0]", equalTo("Nätverksträffar"))
                .extract().path("id");
        Map<String, Object> health = activity(support, "Hälsofrämjande processer som drivkraft för miljömål och hållbar utveckling", 10.5);
        health.put("extraEffortNote", "samt extra resurs");
        String healthId = Api.workingGroup().body(health).when().post(activities)
                .then().statusCode(201).body("plannedDays", equalTo(10.5f)).body("developmentEffort", equalTo("NONE"))
                .body("prioritised", equalTo(false)).extract().path("id");
        Map<String, Object> nobel = activity(communication, "Nobelmötet", 30);
        nobel.put("prioritised", true);
        Api.workingGroup().body(nobel).when().post(activities).then().statusCode(201);
        Map<String, Object> goals25 = activity(communication, "Miljömålen 25 år och hur vi stärker miljömålsuppdraget", 14);
        goals25.put("prioritised", true);
        goals25.put("developmentEffort", "FULL");
        Api.workingGroup().body(goals25).when().post(activities).then().statusCode(201);

        Api.Event planned = Api.awaitEvent("se.rus.planning.ActivityPlanned.v1", circularId);
        assertEquals(String.valueOf(year), planned.key());
        JsonNode data = planned.data();
        assertEquals(circularId, data.get("id").asText());
        assertEquals(planId, data.get("planId").asText());
        assertEquals(year, data.get("year").asInt());
        assertEquals(support, data.get("areaId").asText());
        assertEquals("Stöd i åtgärdsarbetet", data.get("areaName").asText());
        assertEquals(1, data.get("position").asInt());
        assertEquals("Cirkulär ekonomi och hållbar konsumtion", data.get("title").asText());
        assertEquals("PARAGRAPH", data.get("description").get(0).get("kind").asText());
        assertEquals(2, data.get("description").get(0).size(), "a paragraph is kind and text only: " + data);
        assertEquals("Vägledning", data.get("description").get(1).get("items").get(1).asText());
        assertTrue(data.get("plannedDays").isNumber(), data.toString());
        assertEquals(new BigDecimal("21"), data.get("plannedDays").decimalValue());
        assertEquals(new BigDecimal("18"), data.get("extraDays").decimalValue());
        assertEquals("samt 18 dagar utanför arbetsgruppen", data.get("extraEffortNote").asText());
        assertTrue(data.get("prioritised").asBoolean());
        assertEquals("PARTIAL", data.get("developmentEffort").asText());
        assertEquals(List.of("Birgit Nielsen", "Johan Niss"),
                List.of(data.get("responsible").get(0).asText(), data.get("responsible").get(1).asText()));
        assertTrue(data.get("continuesActivityId").isNull(), data.toString());
        assertTrue(data.get("summaryDevelopmentEffort").isNull(), data.toString());
        assertTrue(data.get("summaryTitle").isNull(), data.toString());
        assertEquals(17, data.size(), "exactly the contract's fields: " + data);
        assertTrue(Api.awaitEvent("se.rus.planning.ActivityPlanned.v1", healthId).data().get("extraDays").isNull());

        given().auth().oauth2(Api.COUNTY).when().get("/api/v1/plans/" + year + "/summary")
                .then().statusCode(200)
                .body("areas.name", contains("Stöd i åtgärdsarbetet", "Kommunikation och organisation"))
                .body("areas.plannedDays", contains(31.5f, 44))
                .body("areas.activityCount", contains(2, 2))
                .body("areas.prioritisedCount", contains(1, 2))
                .body("areas[0].extraDays", equalTo(18))
                .body("plannedDays", equalTo(75.5f))
                .body("activityCount", equalTo(4))
                .body("prioritisedCount", equalTo(3));

        // filters and pages, in plan order
        given().auth().oauth2(Api.COUNTY).when().get(activities + "?prioritised=true")
                .then().statusCode(200).body("totalItems", equalTo(3))
                .body("items.title", contains("Cirkulär ekonomi och hållbar konsumtion", "Nobelmötet",
                        "Miljömålen 25 år och hur vi stärker miljömålsuppdraget"));
        given().auth().oauth2(Api.STEERING).when().get(activities + "?areaId=" + communication + "&developmentEffort=FULL")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].title", equalTo("Miljömålen 25 år och hur vi stärker miljömålsuppdraget"));
        given().auth().oauth2(Api.STEERING).when().get(activities + "?prioritised=false")
                .then().body("items.title", contains("Hälsofrämjande processer som drivkraft för miljömål och hållbar utveckling"));
        given().auth().oauth2(Api.WORKING_GROUP).when().get(activities + "?page=1&size=3")
                .then().statusCode(200).body("page", equalTo(1)).body("size", equalTo(3)).body("totalItems", equalTo(4))
                .body("items.title", contains("Miljömålen 25 år och hur vi stärker miljömålsuppdraget"));
        given().auth().oauth2(Api.WORKING_GROUP).when().get(activities + "?developmentEffort=SOME")
                .then().statusCode(400).body("errors[0].field", equalTo("developmentEffort"));
        given().auth().oauth2(Api.WORKING_GROUP).when().get(activities + "?prioritised=kanske")
                .then().statusCode(400).body("errors[0].field", equalTo("prioritised"));
        given().auth().oauth2(Api.WORKING_GROUP).when().get(activities + "?areaId=inte-ett-id")
                .then().statusCode(400).body("errors[0].field", equalTo("areaId"));

        // change with If-Match: PUT moves to the front, PATCH changes the days
        String etag = given().auth().oauth2(Api.WORKING_GROUP).when().get(activities + "/" + healthId)
                .then().statusCode(200).extract().header("ETag");
        Map<String, Object> moved = new HashMap<>(health);
        moved.put("position", 1);
        Api.workingGroup().body(moved).when().put(activities + "/" + healthId).then().statusCode(428);
        Api.workingGroup().header("If-Match", "\"7\"").body(moved).when().put(activities + "/" + healthId).then().statusCode(412);
        String movedTag = Api.workingGroup().header("If-Match", etag).body(moved).when().put(activities + "/" + healthId)
                .then().statusCode(200).body("position", equalTo(1)).extract().header("ETag");
        assertEquals(2, Api.awaitEvent("se.rus.planning.ActivityChanged.v1", circularId).data().get("position").asInt());
        Api.workingGroup().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", movedTag)
                .body("{\"plannedDays\": 12, \"prioritised\": true}")
                .when().patch(activities + "/" + healthId)
                .then().statusCode(200).body("plannedDays", equalTo(12)).body("prioritised", equalTo(true))
                .body("extraEffortNote", equalTo("samt extra resurs")).body("position", equalTo(1));
        given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/" + year + "/summary")
                .then().body("areas[0].plannedDays", equalTo(33)).body("plannedDays", equalTo(77));

        // move to another area: appended there, and the old area closes the gap
        String healthTag = given().auth().oauth2(Api.WORKING_GROUP).when().get(activities + "/" + healthId).then().extract().header("ETag");
        Map<String, Object> elsewhere = new HashMap<>(health);
        elsewhere.put("areaId", communication);
        Api.workingGroup().header("If-Match", healthTag).body(elsewhere).when().put(activities + "/" + healthId)
                .then().statusCode(200).body("areaName", equalTo("Kommunikation och organisation")).body("position", equalTo(3));
        given().auth().oauth2(Api.WORKING_GROUP).when().get(activities + "/" + circularId).then().body("position", equalTo(1));

        // remove
        String circularTag = given().auth().oauth2(Api.WORKING_GROUP).when().get(activities + "/" + circularId).then().extract().header("ETag");
        given().auth().oauth2(Api.WORKING_GROUP).header("If-Match", circularTag).when().delete(activities + "/" + circularId)
                .then().statusCode(204);
        given().auth().oauth2(Api.WORKING_GROUP).when().get(activities + "/" + circularId).then().statusCode(404);
        Api.Event removed = Api.awaitEvent("se.rus.planning.ActivityRemoved.v1", circularId);
        assertEquals("Cirkulär ekonomi och hållbar konsumtion", removed.data().get("title").asText());
        given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/" + year + "/summary")
                .then().body("areas[0].plannedDays", equalTo(0)).body("areas[0].activityCount", equalTo(0))
                .body("plannedDays", equalTo(54.5f));
    }

    @Test
    void rejectsDuplicatesBadInputUnknownReferencesAndOtherRoles() {
        int year = 2042;
        String activities = "/api/v1/plans/" + year + "/activities";
        Api.createPlan(year, 2041, 2043);
        String area = Api.addArea(year, "Miljömålsuppföljning", null);
        String other = Api.addArea(year, "Stöd i åtgärdsarbetet", null);
        Api.workingGroup().body(activity(area, "Indikatorutveckling", 25)).when().post(activities).then().statusCode(201);
        Api.workingGroup().body(activity(area, "Indikatorutveckling", 3)).when().post(activities)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://rus.example/problems/conflict"));
        String sameTitleElsewhere = Api.workingGroup().body(activity(other, "Indikatorutveckling", 3)).when().post(activities)
                .then().statusCode(201).extract().path("id");
        String tag = given().auth().oauth2(Api.WORKING_GROUP).when().get(activities + "/" + sameTitleElsewhere).then().extract().header("ETag");
        Api.workingGroup().header("If-Match", tag).body(activity(area, "Indikatorutveckling", 3))
                .when().put(activities + "/" + sameTitleElsewhere).then().statusCode(409);

        Api.workingGroup().body(activity(area, "Miljöövervakning", -1)).when().post(activities)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("plannedDays"));
        Api.workingGroup().body(activity(area, "Miljöövervakning", 1.125)).when().post(activities)
                .then().statusCode(400).body("errors[0].field", equalTo("plannedDays"));
        Map<String, Object> noDays = activity(area, "Miljöövervakning", 35);
        noDays.remove("plannedDays");
        Api.workingGroup().body(noDays).when().post(activities)
                .then().statusCode(400).body("errors[0].field", equalTo("plannedDays"));
        Api.workingGroup().body("{\"areaId\":\"" + area + "\",\"title\":\"Miljöövervakning\",\"plannedDays\":\"många\"}")
                .when().post(activities).then().log().ifValidationFails().statusCode(400).body("errors[0].field", equalTo("plannedDays"));
        Map<String, Object> badText = activity(area, "Miljöövervakning", 35);
        badText.put("description", List.of(Map.of("kind", "BULLETS", "text", "punkter utan punkter")));
        Api.workingGroup().body(badText).when().post(activities)
                .then().statusCode(400).body("errors[0].field", equalTo("description[0]"));
        Map<String, Object> badEffort = activity(area, "Miljöövervakning", 35);
        badEffort.put("developmentEffort", "SOMETIMES");
        Api.workingGroup().body(badEffort).when().post(activities)
                .then().statusCode(400).body("errors[0].field", equalTo("developmentEffort"));
        Api.workingGroup().body(activity(UUID.randomUUID().toString(), "Miljöövervakning", 35)).when().post(activities)
                .then().statusCode(422).contentType("application/problem+json");
        Api.workingGroup().body(activity(area, "Miljöövervakning", 35)).when().post("/api/v1/plans/1996/activities")
                .then().statusCode(404);
        given().auth().oauth2(Api.WORKING_GROUP).when().get(activities + "/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/1996/activities").then().statusCode(404);
        given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/1996/summary").then().statusCode(404);
        String areaTag = given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/" + year + "/areas/" + area)
                .then().extract().header("ETag");
        given().auth().oauth2(Api.WORKING_GROUP).header("If-Match", areaTag).when().delete("/api/v1/plans/" + year + "/areas/" + area)
                .then().statusCode(409).contentType("application/problem+json");
        Api.as(Api.STEERING).body(activity(area, "Miljöövervakning", 35)).when().post(activities).then().statusCode(403);
        given().when().get(activities).then().statusCode(401);
    }

    @Test
    void theSummaryListsWordingOfTheFlagIsKeptOnlyWhereItDiffersFromBilaga1() {
        int year = 2093;
        String activities = "/api/v1/plans/" + year + "/activities";
        Api.createPlan(year, 2091, 2093);
        String support = Api.addArea(year, "Stöd i åtgärdsarbetet", "55 arbetsdagar");
        Map<String, Object> same = activity(support, "Robusthet, resiliens och beredskap", 0);
        same.put("developmentEffort", "FULL");
        same.put("summaryDevelopmentEffort", "FULL");
        Api.workingGroup().body(same).when().post(activities).then().statusCode(201)
                .body("summaryDevelopmentEffort", equalTo(null));
        Map<String, Object> differing = activity(support, "Miljömålsprocessen fokus länsstyrelseinstruktionen 6 §", 55);
        differing.put("developmentEffort", "FULL");
        differing.put("summaryDevelopmentEffort", "PARTIAL");
        String id = Api.workingGroup().body(differing).when().post(activities).then().statusCode(201)
                .body("developmentEffort", equalTo("FULL")).body("summaryDevelopmentEffort", equalTo("PARTIAL"))
                .extract().path("id");
        assertEquals("PARTIAL", Api.awaitEvent("se.rus.planning.ActivityPlanned.v1", id).data()
                .get("summaryDevelopmentEffort").asText());
        Map<String, Object> unknown = activity(support, "Okänd", 1);
        unknown.put("summaryDevelopmentEffort", "HALF");
        Api.workingGroup().body(unknown).when().post(activities).then().statusCode(400)
                .body("errors[0].field", equalTo("summaryDevelopmentEffort"));
    }

    @Test
    void theSummaryListsWordingOfTheTitleIsKeptOnlyWhereItDiffersFromBilaga1() {
        int year = 2089;
        String activities = "/api/v1/plans/" + year + "/activities";
        Api.createPlan(year, 2089, 2091);
        String monitoring = Api.addArea(year, "Miljömålsuppföljning", "247 arbetsdagar");
        String title = "Förvaltning och samverkan miljödata och miljöinformationsförsörjning";
        String summaryTitle = "Förvaltning och samverkan miljödata och informationsförsörjning";

        Map<String, Object> same = activity(monitoring, "Miljöövervakning", 35);
        same.put("summaryTitle", "Miljöövervakning");
        Api.workingGroup().body(same).when().post(activities).then().statusCode(201)
                .body("title", equalTo("Miljöövervakning")).body("summaryTitle", equalTo(null));

        Map<String, Object> differing = activity(monitoring, title, 20);
        differing.put("summaryTitle", summaryTitle);
        String id = Api.workingGroup().body(differing).when().post(activities).then().statusCode(201)
                .body("title", equalTo(title)).body("summaryTitle", equalTo(summaryTitle))
                .extract().path("id");
        assertEquals(summaryTitle, Api.awaitEvent("se.rus.planning.ActivityPlanned.v1", id).data().get("summaryTitle").asText());

        // a merge patch that leaves the field out keeps it; one that sets the title to the summary's wording drops it,
        // and null removes it
        String tag = given().auth().oauth2(Api.WORKING_GROUP).when().get(activities + "/" + id).then().extract().header("ETag");
        tag = Api.workingGroup().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", tag)
                .body("{\"plannedDays\": 21}").when().patch(activities + "/" + id)
                .then().statusCode(200).body("summaryTitle", equalTo(summaryTitle)).extract().header("ETag");
        tag = Api.workingGroup().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", tag)
                .body("{\"summaryTitle\": \"" + title + "\"}").when().patch(activities + "/" + id)
                .then().statusCode(200).body("summaryTitle", equalTo(null)).extract().header("ETag");
        tag = Api.workingGroup().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", tag)
                .body("{\"summaryTitle\": \"" + summaryTitle + "\"}").when().patch(activities + "/" + id)
                .then().statusCode(200).body("summaryTitle", equalTo(summaryTitle)).extract().header("ETag");
        Api.workingGroup().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", tag)
                .body("{\"summaryTitle\": null}").when().patch(activities + "/" + id)
                .then().statusCode(200).body("title", equalTo(title)).body("summaryTitle", equalTo(null));

        // validated like the title, but only when given
        for (String invalid : List.of("", " ", "\u00A0\u200B", "x".repeat(501))) {
            Map<String, Object> body = activity(monitoring, "Ogiltig sammanfattning", 1);
            body.put("summaryTitle", invalid);
            Api.workingGroup().body(body).when().post(activities).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("summaryTitle"));
        }
        Map<String, Object> longest = activity(monitoring, "Längsta sammanfattning", 1);
        longest.put("summaryTitle", "x".repeat(500));
        Api.workingGroup().body(longest).when().post(activities).then().statusCode(201)
                .body("summaryTitle", equalTo("x".repeat(500)));
        given().auth().oauth2(Api.COUNTY).when().get(activities + "?areaId=" + monitoring)
                .then().statusCode(200).body("items.summaryTitle", contains(null, null, "x".repeat(500)));
    }
}
