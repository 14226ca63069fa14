package se.rus.planning.planimport;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.planning.support.Api;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class PlanImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The 2024-like fixture, moved to {@code year} so that it collides with no other test's data. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> fixture(int year) throws IOException {
        try (InputStream in = PlanImportTest.class.getResourceAsStream("/plan-import-2024-like.json")) {
            Map<String, Object> document = JSON.readValue(in, new TypeReference<Map<String, Object>>() {
            });
            document.put("periodStart", year - 2);
            document.put("periodEnd", year);
            return document;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static int historySize(int year) {
        return given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/" + year + "/history?size=1")
                .then().statusCode(200).extract().path("totalItems");
    }

    @Test
    void importsAWholeYearOnceAndOnlyTheChangesAfterwards() throws IOException {
        int year = 2074;
        String importPath = "/api/v1/plans/" + year + "/import";
        Map<String, Object> document = fixture(year);

        // 1 plan + 3 areas + 9 activities + 5 goals + 6 members + adoption
        String planId = Api.workingGroup().body(document).when().put(importPath)
                .then().statusCode(200)
                .body("year", equalTo(year)).body("status", equalTo("ADOPTED"))
                .body("areas", equalTo(3)).body("activities", equalTo(9)).body("goals", equalTo(5)).body("members", equalTo(6))
                .body("eventsPublished", equalTo(25))
                .extract().path("planId");
        assertEquals(25, historySize(year));

        given().auth().oauth2(Api.STEERING).when().get("/api/v1/plans/" + year + "/summary")
                .then().statusCode(200)
                .body("areas.name", contains("Miljömålsuppföljning", "Stöd i åtgärdsarbetet", "Kommunikation och organisation"))
                .body("areas.plannedDays", contains(193, 110.5f, 129))
                .body("plannedDays", equalTo(432.5f))
                .body("activityCount", equalTo(9))
                .body("prioritisedCount", equalTo(8))
                .body("status", equalTo("ADOPTED"));
        given().auth().oauth2(Api.COUNTY).when().get("/api/v1/goal-periods/" + (year - 2) + "-" + year + "/goals")
                .then().body("items.areaName", contains("Miljömålsuppföljning", "Miljömålsuppföljning",
                        "Stöd i åtgärdsarbetet", "Stöd i åtgärdsarbetet", "Kommunikation och organisation"))
                .body("items.position", contains(1, 2, 1, 2, 1));
        given().auth().oauth2(Api.COUNTY).when().get("/api/v1/plans/" + year + "/members?group=STEERING")
                .then().body("items.name", contains("Peder Eriksson", "Karin Frejarö", "Maria Ek"))
                .body("items[1].leftOn", equalTo("2024-06-30")).body("items[1].replacedBy", equalTo("Maria Ek"));

        String circularId = given().auth().oauth2(Api.WORKING_GROUP)
                .when().get("/api/v1/plans/" + year + "/activities?developmentEffort=NONE&prioritised=true&size=200")
                .then().statusCode(200).body("totalItems", equalTo(6))
                .extract().path("items.find { it.title == 'Cirkulär ekonomi och hållbar konsumtion' }.id");
        Api.Event planned = Api.awaitEvent("se.rus.planning.ActivityPlanned.v1", circularId);
        assertEquals(String.valueOf(year), planned.key());
        assertEquals("Stöd i åtgärdsarbetet", planned.data().get("areaName").asText());
        assertEquals(3, planned.data().get("position").asInt());
        assertEquals(new BigDecimal("21"), planned.data().get("plannedDays").decimalValue());
        assertEquals(new BigDecimal("18"), planned.data().get("extraDays").decimalValue());
        assertEquals("test-rus-working-group", planned.envelope().get("actor").asText());
        assertEquals("ADOPTED", Api.awaitEvent("se.rus.planning.PlanAdopted.v1", planId).data().get("status").asText());

        // the same document again: nothing changes, nothing is published
        Api.workingGroup().body(document).when().put(importPath)
                .then().statusCode(200).body("eventsPublished", equalTo(0)).body("activities", equalTo(9));
        assertEquals(25, historySize(year));

        // a changed document: only the differences are written and published
        Map<String, Object> changed = fixture(year);
        List<Map<String, Object>> areas = list(changed.get("areas"));
        list(areas.get(0).get("activities")).get(1).put("plannedDays", 40);
        List<Map<String, Object>> communication = new ArrayList<>(list(areas.get(2).get("activities")));
        communication.remove(0);
        areas.get(2).put("activities", communication);
        List<Map<String, Object>> goals = new ArrayList<>(list(changed.get("goals")));
        goals.add(Map.of("areaName", "Kommunikation och organisation", "text", "RUS vägledningar förvaltas, sprids och används."));
        changed.put("goals", goals);
        Map<String, Object> magnus = new HashMap<>(list(changed.get("organisation")).get(5));
        magnus.put("role", "verksamhetsledare, sammankallande");
        List<Map<String, Object>> organisation = new ArrayList<>(list(changed.get("organisation")));
        organisation.set(5, magnus);
        changed.put("organisation", organisation);

        Api.workingGroup().body(changed).when().put(importPath)
                .then().statusCode(200).body("eventsPublished", equalTo(5)).body("activities", equalTo(8)).body("goals", equalTo(6));
        given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/" + year + "/history?page=5&size=5")
                .then().statusCode(200).body("totalItems", equalTo(30))
                .body("items.type", containsInAnyOrder("se.rus.planning.ActivityChanged.v1", "se.rus.planning.ActivityChanged.v1",
                        "se.rus.planning.ActivityRemoved.v1", "se.rus.planning.GoalDefined.v1", "se.rus.planning.MemberChanged.v1"));
        given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/" + year + "/summary")
                .then().body("areas.plannedDays", contains(198, 110.5f, 99)).body("plannedDays", equalTo(407.5f));
        Api.workingGroup().body(changed).when().put(importPath).then().statusCode(200).body("eventsPublished", equalTo(0));

        // an area left out goes with its activities
        Map<String, Object> smaller = fixture(year);
        smaller.put("areas", List.of(list(changed.get("areas")).get(0), list(changed.get("areas")).get(1)));
        smaller.put("goals", changed.get("goals"));
        smaller.put("organisation", changed.get("organisation"));
        Api.workingGroup().body(smaller).when().put(importPath)
                .then().statusCode(200).body("eventsPublished", equalTo(2)).body("areas", equalTo(2)).body("activities", equalTo(7));
        given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/" + year + "/history?page=15&size=2")
                .then().body("items.type", contains("se.rus.planning.ActivityRemoved.v1", "se.rus.planning.AreaRemoved.v1"));
    }

    @Test
    void rejectsInvalidDocumentsNamingTheField() throws IOException {
        int year = 2077;
        String importPath = "/api/v1/plans/" + year + "/import";

        Map<String, Object> duplicateArea = fixture(year);
        List<Map<String, Object>> areas = new ArrayList<>(list(duplicateArea.get("areas")));
        areas.add(areas.get(0));
        duplicateArea.put("areas", areas);
        Api.workingGroup().body(duplicateArea).when().put(importPath)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("areas[3].name"));

        Map<String, Object> negative = fixture(year);
        list(list(negative.get("areas")).get(1).get("activities")).get(2).put("plannedDays", -3);
        Api.workingGroup().body(negative).when().put(importPath)
                .then().statusCode(400).body("errors[0].field", equalTo("areas[1].activities[2].plannedDays"));

        Map<String, Object> duplicateActivity = fixture(year);
        List<Map<String, Object>> activities = new ArrayList<>(list(list(duplicateActivity.get("areas")).get(0).get("activities")));
        activities.add(activities.get(0));
        list(duplicateActivity.get("areas")).get(0).put("activities", activities);
        Api.workingGroup().body(duplicateActivity).when().put(importPath)
                .then().statusCode(400).body("errors[0].field", equalTo("areas[0].activities[3].title"));

        Map<String, Object> outsidePeriod = fixture(year);
        outsidePeriod.put("periodEnd", year - 1);
        Api.workingGroup().body(outsidePeriod).when().put(importPath)
                .then().statusCode(400).body("errors[0].field", equalTo("periodStart"));

        // nothing of the rejected documents was stored
        given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/" + year).then().statusCode(404);

        Map<String, Object> document = fixture(year);
        Api.workingGroup().body(document).when().put(importPath).then().statusCode(200);
        Map<String, Object> backToDraft = fixture(year);
        backToDraft.put("status", "DRAFT");
        Api.workingGroup().body(backToDraft).when().put(importPath)
                .then().statusCode(409).contentType("application/problem+json");
        Api.workingGroup().header("If-Match", "\"12345\"").body(document).when().put(importPath).then().statusCode(412);
        Api.as(Api.STEERING).body(document).when().put(importPath).then().statusCode(403);
        given().contentType("application/json").body(document).when().put(importPath).then().statusCode(401);
    }
}
