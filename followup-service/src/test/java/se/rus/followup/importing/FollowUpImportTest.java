package se.rus.followup.importing;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import se.rus.followup.PlanningFixture;
import se.rus.localstack.RusTestInfrastructure;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rus.followup.PlanningFixture.activity;
import static se.rus.followup.PlanningFixture.area;
import static se.rus.followup.PlanningFixture.goal;
import static se.rus.followup.PlanningFixture.paragraph;
import static se.rus.followup.PlanningFixture.plan;
import static se.rus.followup.PlanningFixture.publish;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class FollowUpImportTest {

    private static final int YEAR = 2048;
    private static final String IMPORT = "/api/v1/followups/" + YEAR + "/import";
    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    private static final String AREA = "Miljömålsuppföljning";
    private static final String GOAL = "Indikatorerna är till nytta för det regionala och lokala miljöarbetet.";

    private static Map<String, Object> outcome(String title, String status, Object daysSpent) {
        Map<String, Object> outcome = new HashMap<>();
        outcome.put("activityTitle", title);
        outcome.put("status", status);
        outcome.put("narrative", List.of(paragraph("Har genomförts som planerat.")));
        outcome.put("daysSpent", daysSpent);
        return outcome;
    }

    private static Map<String, Object> document(String firstStatus, String secondTitle) {
        Map<String, Object> valuation = new HashMap<>();
        valuation.put("areaName", AREA);
        valuation.put("goalText", GOAL);
        valuation.put("valuation", 2);
        valuation.put("previousValuation", 2);
        valuation.put("previousGoalExisted", true);
        valuation.put("followUp", List.of(paragraph("Miljömålsindikatorerna är till nytta.")));
        return Map.of(
                "areas", List.of(Map.of("areaName", AREA,
                        "note", List.of(paragraph("Arbetsgruppen bedöms ha lagt ned ungefär denna tid.")),
                        "outcomes", List.of(outcome("Indikatorutveckling", firstStatus, 10.5),
                                outcome(secondTitle, "DONE_AS_PLANNED", null)))),
                "valuations", List.of(valuation));
    }

    private static Response importDocument(Object body) {
        return given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(body).when().put(IMPORT);
    }

    @Test
    void importsAYearIdempotentlyAndRejectsNamesThePlanDoesNotHave() {
        importDocument(document("PARTLY_DONE", "RÅU samordning")).then().statusCode(422)
                .body("detail", containsString("Ingen verksamhetsplan för " + YEAR));

        UUID planId = UUID.randomUUID();
        UUID areaId = UUID.randomUUID();
        publish(YEAR, "PlanCreated.v1", plan(planId, YEAR, 2046, 2048));
        publish(YEAR, "AreaAdded.v1", area(areaId, planId, YEAR, 1, AREA));
        publish(YEAR, "ActivityPlanned.v1", activity(UUID.randomUUID(), planId, YEAR, areaId, AREA, 1, "Indikatorutveckling"));
        publish(YEAR, "ActivityPlanned.v1", activity(UUID.randomUUID(), planId, YEAR, areaId, AREA, 2, "RÅU samordning"));
        publish(2048, "GoalDefined.v1", goal(UUID.randomUUID(), 2046, 2048, AREA, 1, GOAL));
        // once the replica has the plan, only the title the plan lacks is refused, and nothing is written
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Response response = importDocument(document("PARTLY_DONE", "Finns inte i planen"));
            String detail = response.statusCode() == 422 ? response.path("detail") : "";
            return detail.contains("aktiviteten \"Finns inte i planen\"")
                    && !detail.contains("Indikatorutveckling") && !detail.contains("treårsmålet")
                    && !detail.contains("Ingen verksamhetsplan");
        });
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/followups/" + YEAR + "/outcomes")
                .then().statusCode(200).body("totalItems", equalTo(0));

        importDocument(document("PARTLY_DONE", "RÅU samordning")).then().statusCode(200)
                .body("outcomes.created", equalTo(2)).body("areaNotes.created", equalTo(1))
                .body("valuations.created", equalTo(1));
        importDocument(document("PARTLY_DONE", "RÅU samordning")).then().statusCode(200)
                .body("outcomes.created", equalTo(0)).body("outcomes.changed", equalTo(0))
                .body("outcomes.unchanged", equalTo(2))
                .body("areaNotes.unchanged", equalTo(1)).body("valuations.unchanged", equalTo(1));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/followups/" + YEAR + "/outcomes")
                .then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.version", equalTo(List.of(0, 0)));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/goal-periods/2046-2048/valuations")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].goalText", equalTo(GOAL))
                .body("items[0].version", equalTo(0));

        importDocument(document("DONE_AS_PLANNED", "RÅU samordning")).then().statusCode(200)
                .body("outcomes.changed", equalTo(1)).body("outcomes.unchanged", equalTo(1));
        String id = given().auth().oauth2(WORKING_GROUP).when()
                .get("/api/v1/followups/" + YEAR + "/outcomes?status=DONE_AS_PLANNED&size=200")
                .then().statusCode(200).body("totalItems", equalTo(2))
                .extract().path("items.find { it.activityTitle == 'Indikatorutveckling' }.id");
        PlanningFixture.Received changed = PlanningFixture.awaitFollowUpEvent("OutcomeChanged.v1", id);
        assertEquals(String.valueOf(YEAR), changed.key());
        assertEquals("DONE_AS_PLANNED", changed.data().get("status").asText());
        assertEquals("10.5", changed.data().get("daysSpent").asText());
    }

    @Test
    void namesTheInvalidFieldOfTheDocument() {
        Map<String, Object> noTitle = new HashMap<>(outcome("x", "DONE_AS_PLANNED", null));
        noTitle.remove("activityTitle");
        importDocument(Map.of("areas", List.of(Map.of("areaName", AREA, "outcomes", List.of(noTitle)))))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", containsString("activityTitle"));
        given().auth().oauth2(RusTestInfrastructure.countyToken("21")).contentType(ContentType.JSON)
                .body(Map.of("areas", List.of())).when().put(IMPORT).then().statusCode(403);
    }

    private static Map<String, Object> yearValuation(String goalText, Integer year, Integer valuation, Integer previous) {
        Map<String, Object> item = new HashMap<>();
        item.put("areaName", AREA);
        item.put("goalText", goalText);
        if (year != null) {
            item.put("year", year);
        }
        item.put("valuation", valuation);
        item.put("previousValuation", previous);
        item.put("previousGoalExisted", true);
        item.put("followUp", List.of(paragraph("Uppföljning av målet under perioden.")));
        return item;
    }

    @Test
    void importsValuationsForEachYearOfThePeriodAndTheFinalOneWithoutAYear() {
        int year = 2065;
        String continued = "Uppföljningen av miljömålen är känd i länen.";
        String finalOnly = "Länsstyrelserna samverkar i miljömålsarbetet.";
        UUID planId = UUID.randomUUID();
        publish(year, "PlanCreated.v1", plan(planId, year, 2064, 2066));
        publish(year, "GoalDefined.v1", goal(UUID.randomUUID(), 2064, 2066, AREA, 1, continued));
        publish(year, "GoalDefined.v1", goal(UUID.randomUUID(), 2064, 2066, AREA, 2, finalOnly));
        String path = "/api/v1/followups/" + year + "/import";
        Map<String, Object> document = Map.of("valuations", List.of(
                yearValuation(continued, 2064, null, 3),
                yearValuation(continued, 2065, 2, 3),
                yearValuation(finalOnly, null, 1, 2)));
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(WORKING_GROUP)
                .contentType(ContentType.JSON).body(document).when().put(path).statusCode() == 200);
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(document).when().put(path)
                .then().statusCode(200).body("valuations.unchanged", equalTo(3));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/goal-periods/2064-2066/valuations")
                .then().statusCode(200).body("totalItems", equalTo(3))
                .body("items.year", equalTo(List.of(2064, 2065, 2066)))
                .body("items.valuation", equalTo(java.util.Arrays.asList(null, 2, 1)))
                .body("items.previousValuation", equalTo(List.of(3, 3, 2)));

        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .body(Map.of("valuations", List.of(yearValuation(continued, 2067, 2, 3)))).when().put(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("valuations[0].year"));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .body(Map.of("valuations", List.of(yearValuation(continued, 2066, 2, 3), yearValuation(continued, 2066, null, null))))
                .when().put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("valuations[1].valuation"));
    }
}
