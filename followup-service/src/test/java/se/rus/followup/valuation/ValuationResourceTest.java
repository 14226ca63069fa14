package se.rus.followup.valuation;

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
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rus.followup.PlanningFixture.goal;
import static se.rus.followup.PlanningFixture.paragraph;
import static se.rus.followup.PlanningFixture.publish;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class ValuationResourceTest {

    private static final String BASE = "/api/v1/goal-periods/2043-2045/valuations";
    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");

    private static Map<String, Object> valuation(UUID goalId, int valuation, Integer previous, boolean existed) {
        Map<String, Object> body = new HashMap<>();
        body.put("goalId", goalId);
        body.put("valuation", valuation);
        body.put("previousValuation", previous);
        body.put("previousGoalExisted", existed);
        body.put("followUp", List.of(paragraph("Arbete har skett kontinuerligt för att utveckla och förbättra.")));
        return body;
    }

    private static Response post(Map<String, Object> body) {
        return given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(body).when().post(BASE);
    }

    /** Publishes GoalDefined and waits until a valuation of it is accepted (201). */
    private static String defineAndValue(String areaName, int position, String text, Map<String, Object> body) {
        UUID goalId = UUID.fromString(body.get("goalId").toString());
        publish(2045, "GoalDefined.v1", goal(goalId, 2043, 2045, areaName, position, text));
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Response response = post(body);
            if (response.statusCode() == 201) {
                id[0] = response.path("id");
            }
            return response.statusCode() != 422;
        });
        return id[0];
    }

    @Test
    void valuesAGoalOnceAndPublishesGoalValuedKeyedByThePeriodsEndYear() {
        UUID goalId = UUID.randomUUID();
        post(valuation(goalId, 1, 2, true)).then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString(goalId.toString()));

        String id = defineAndValue("Miljömålsuppföljning", 1,
                "Regional årlig uppföljning är ändamålsenlig och effektiv.", valuation(goalId, 1, 2, true));
        given().auth().oauth2(WORKING_GROUP).when().get(BASE + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("goalText", equalTo("Regional årlig uppföljning är ändamålsenlig och effektiv."))
                .body("areaName", equalTo("Miljömålsuppföljning"))
                .body("valuation", equalTo(1)).body("previousValuation", equalTo(2))
                .body("year", equalTo(2045)).body("finalYear", equalTo(true))
                .body("comparedWithPrevious", equalTo("IMPROVED"));
        post(valuation(goalId, 2, 2, true)).then().statusCode(409).contentType("application/problem+json");

        PlanningFixture.Received received = PlanningFixture.awaitFollowUpEvent("GoalValued.v1", id);
        assertEquals("2045", received.key());
        assertEquals(id, received.data().get("id").asText());
        assertEquals(goalId.toString(), received.data().get("goalId").asText());
        assertEquals(2043, received.data().get("periodStart").asInt());
        assertEquals(2045, received.data().get("periodEnd").asInt());
        assertEquals(2045, received.data().get("year").asInt());
        assertEquals(1, received.data().get("valuation").asInt());
        assertEquals(2, received.data().get("previousValuation").asInt());
        assertTrue(received.data().get("previousGoalExisted").asBoolean());
        assertEquals("PARAGRAPH", received.data().get("followUp").get(0).get("kind").asText());
    }

    @Test
    void aGoalThatDidNotExistBeforeHasNoPreviousValuation() {
        UUID goalId = UUID.randomUUID();
        post(valuation(goalId, 2, 2, false)).then().statusCode(400).contentType("application/problem+json");
        String id = defineAndValue("Kommunikation och organisation", 1, "RUS är en väl fungerande samverkansform.",
                valuation(goalId, 2, null, false));
        given().auth().oauth2(WORKING_GROUP).when().get(BASE + "/" + id)
                .then().statusCode(200).body("previousValuation", nullValue())
                .body("previousGoalExisted", equalTo(false)).body("comparedWithPrevious", equalTo("NO_PREVIOUS_GOAL"));
    }

    @Test
    void theWrongPeriodIsUnprocessableAndBadInputNamesTheField() {
        UUID goalId = UUID.randomUUID();
        defineAndValue("Stöd i åtgärdsarbetet", 1, "Miljömålen är integrerade i länsstyrelsernas verksamhet.",
                valuation(goalId, 2, 2, true));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(valuation(goalId, 2, 2, true))
                .when().post("/api/v1/goal-periods/2040-2042/valuations")
                .then().statusCode(422).body("detail", containsString("2043-2045"));

        post(valuation(UUID.randomUUID(), 4, null, true)).then().statusCode(400).body("errors[0].field", equalTo("valuation"));
        Map<String, Object> noExisted = valuation(UUID.randomUUID(), 1, null, true);
        noExisted.remove("previousGoalExisted");
        post(noExisted).then().statusCode(400).body("errors[0].field", equalTo("previousGoalExisted"));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/goal-periods/2045/valuations")
                .then().statusCode(400).body("errors[0].field", equalTo("period"));
        given().auth().oauth2(WORKING_GROUP).when().get(BASE + "/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(RusTestInfrastructure.countyToken("03")).contentType(ContentType.JSON)
                .body(valuation(UUID.randomUUID(), 1, 1, true)).when().post(BASE).then().statusCode(403);
    }

    @Test
    void changingAValuationNeedsTheCurrentETag() {
        UUID goalId = UUID.randomUUID();
        String id = defineAndValue("Stöd i åtgärdsarbetet", 2, "Länsstyrelserna lär av varandra.",
                valuation(goalId, 2, 2, true));
        Map<String, Object> content = Map.of("valuation", 1, "previousValuation", 1, "previousGoalExisted", true,
                "followUp", List.of(paragraph("RUS har bidragit mycket till sådant samarbete.")));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(content).when().put(BASE + "/" + id)
                .then().statusCode(428);
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", "\"3\"").body(content)
                .when().put(BASE + "/" + id).then().statusCode(412);
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(content)
                .when().put(BASE + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("comparedWithPrevious", equalTo("SAME"));

        given().auth().oauth2(RusTestInfrastructure.token("rus-steering"))
                .when().get(BASE + "?areaName=Stöd i åtgärdsarbetet&valuation=1")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(id));
        given().auth().oauth2(WORKING_GROUP).when().get(BASE + "?areaName=Finns inte")
                .then().statusCode(200).body("items", hasSize(0)).body("totalItems", equalTo(0));
    }

    @Test
    void aGoalIsValuedYearByYearWithinItsPeriodOnceAYear() {
        UUID goalId = UUID.randomUUID();
        Map<String, Object> first = valuation(goalId, 3, 2, true);
        first.put("year", 2043);
        String firstId = defineAndValue("Miljömålsuppföljning", 3, "Indikatorerna används i det regionala arbetet.", first);
        given().auth().oauth2(WORKING_GROUP).when().get(BASE + "/" + firstId)
                .then().statusCode(200).body("year", equalTo(2043)).body("finalYear", equalTo(false))
                .body("valuation", equalTo(3)).body("comparedWithPrevious", equalTo("WORSENED"));
        post(first).then().statusCode(409).contentType("application/problem+json").body("detail", containsString("2043"));

        Map<String, Object> second = valuation(goalId, 2, 2, true);
        second.put("year", 2044);
        String secondId = post(second).then().statusCode(201).body("year", equalTo(2044)).extract().path("id");
        String finalId = post(valuation(goalId, 1, 2, true)).then().statusCode(201)
                .body("year", equalTo(2045)).body("finalYear", equalTo(true)).extract().path("id");

        Map<String, Object> before = valuation(goalId, 1, 2, true);
        before.put("year", 2042);
        post(before).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year")).body("errors[0].message", containsString("2043-2045"));
        Map<String, Object> after = valuation(goalId, 1, 2, true);
        after.put("year", 2046);
        post(after).then().statusCode(400).body("errors[0].field", equalTo("year"));

        given().auth().oauth2(WORKING_GROUP).when().get(BASE + "?year=2044&areaName=Miljömålsuppföljning&size=200")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(secondId))
                .body("items.year", org.hamcrest.Matchers.everyItem(equalTo(2044)));
        given().auth().oauth2(WORKING_GROUP).when().get(BASE + "?areaName=Miljömålsuppföljning&size=200")
                .then().statusCode(200)
                .body("items.findAll { it.goalId == '" + goalId + "' }.year", equalTo(List.of(2043, 2044, 2045)));
        given().auth().oauth2(WORKING_GROUP).when().get(BASE + "?year=2047")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("year"));

        PlanningFixture.Received received = PlanningFixture.awaitFollowUpEvent("GoalValued.v1", secondId);
        assertEquals("2045", received.key());
        assertEquals(2044, received.data().get("year").asInt());
        assertEquals(2, received.data().get("valuation").asInt());
        assertEquals(2045, PlanningFixture.awaitFollowUpEvent("GoalValued.v1", finalId).data().get("year").asInt());
    }

    @Test
    void theHistoricalValuationOfThePreviousPeriodCanBeRecordedOnItsOwn() {
        UUID goalId = UUID.randomUUID();
        Map<String, Object> historical = valuation(goalId, 1, 2, true);
        historical.remove("valuation");
        historical.put("year", 2043);
        String id = defineAndValue("Kommunikation och organisation", 2, "Kommunikationen når länsstyrelserna.", historical);
        given().auth().oauth2(WORKING_GROUP).when().get(BASE + "/" + id)
                .then().statusCode(200).body("valuation", nullValue()).body("previousValuation", equalTo(2))
                .body("year", equalTo(2043)).body("comparedWithPrevious", equalTo("NOT_VALUED"));
        PlanningFixture.Received received = PlanningFixture.awaitFollowUpEvent("GoalValued.v1", id);
        assertTrue(received.data().has("valuation"));
        assertTrue(received.data().get("valuation").isNull());
        assertEquals(2, received.data().get("previousValuation").asInt());

        Map<String, Object> nothing = valuation(goalId, 1, null, true);
        nothing.remove("valuation");
        nothing.put("year", 2044);
        post(nothing).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("valuation"));

        // the year's record is then completed with the valuation itself, through the usual PUT
        Map<String, Object> content = Map.of("valuation", 2, "previousValuation", 2, "previousGoalExisted", true,
                "followUp", List.of(paragraph("Kommunikationen har utvecklats under året.")));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(content)
                .when().put(BASE + "/" + id).then().statusCode(200).body("valuation", equalTo(2))
                .body("year", equalTo(2043)).body("comparedWithPrevious", equalTo("SAME"));
        Map<String, Object> emptied = new HashMap<>(content);
        emptied.remove("valuation");
        emptied.remove("previousValuation");
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(emptied)
                .when().put(BASE + "/" + id).then().statusCode(400).body("errors[0].field", equalTo("valuation"));
    }

    @Test
    void aPeriodOutsideTheYearsTheServiceKeepsIsNotFound() {
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/goal-periods/1999-2001/valuations")
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("1999"));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(valuation(UUID.randomUUID(), 1, 1, true))
                .when().post("/api/v1/goal-periods/2100-2102/valuations")
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("2102"));
        given().when().get("/api/v1/goal-periods/1999-2001/valuations").then().statusCode(401);
    }
}
