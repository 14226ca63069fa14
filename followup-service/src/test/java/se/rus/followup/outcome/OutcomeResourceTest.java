package se.rus.followup.outcome;

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
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rus.followup.PlanningFixture.activity;
import static se.rus.followup.PlanningFixture.area;
import static se.rus.followup.PlanningFixture.awaitActivityKnown;
import static se.rus.followup.PlanningFixture.bullets;
import static se.rus.followup.PlanningFixture.paragraph;
import static se.rus.followup.PlanningFixture.publish;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class OutcomeResourceTest {

    private static final int YEAR = 2042;
    private static final String BASE = "/api/v1/followups/" + YEAR;
    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");

    private static Map<String, Object> outcome(UUID activityId, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("activityId", activityId);
        body.put("status", status);
        body.put("narrative", List.of(paragraph("Har delvis genomförts som planerat."),
                bullets("Möten med målansvariga", "Sammanställning per mål")));
        body.put("daysSpent", 12.5);
        return body;
    }

    private static UUID plannedActivity(UUID area, int position, String title) {
        UUID id = UUID.randomUUID();
        publish(YEAR, "ActivityPlanned.v1", activity(id, UUID.randomUUID(), YEAR, area, "Miljömålsuppföljning", position, title));
        awaitActivityKnown(WORKING_GROUP, YEAR, id);
        return id;
    }

    private static List<String> fieldNames(com.fasterxml.jackson.databind.JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Response post(Map<String, Object> body) {
        return given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(body)
                .when().post(BASE + "/outcomes");
    }

    @Test
    void anOutcomeForAnActivityNotYetPlannedIsRejectedAndAcceptedOnceThePlanningEventArrived() {
        UUID activityId = UUID.randomUUID();
        post(outcome(activityId, "PARTLY_DONE"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://rus.example/problems/unprocessable"))
                .body("detail", containsString(activityId.toString()))
                .body("detail", containsString("okänd för uppföljningstjänsten"));

        publish(YEAR, "ActivityPlanned.v1", activity(activityId, UUID.randomUUID(), YEAR, UUID.randomUUID(),
                "Miljömålsuppföljning", 1, "Indikatorutveckling"));
        await().atMost(Duration.ofSeconds(60)).until(() -> post(outcome(activityId, "PARTLY_DONE")).statusCode() != 422);

        String id = given().auth().oauth2(WORKING_GROUP).when().get(BASE + "/outcomes?status=PARTLY_DONE&size=200")
                .then().statusCode(200)
                .extract().path("items.find { it.activityId == '" + activityId + "' }.id");
        given().auth().oauth2(WORKING_GROUP).when().get(BASE + "/outcomes/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("activityTitle", equalTo("Indikatorutveckling"))
                .body("status", equalTo("PARTLY_DONE"))
                .body("daysSpent", equalTo(12.5f))
                .body("narrative[1].kind", equalTo("BULLETS"))
                .body("narrative[1].items[1]", equalTo("Sammanställning per mål"))
                .body("narrative[0].keySet()", equalTo(java.util.Set.of("kind", "text")));
    }

    @Test
    void recordsAnOutcomeOncePerActivityAndPublishesOutcomeRecorded() {
        UUID activityId = plannedActivity(UUID.randomUUID(), 1, "Miljömålsuppföljning - regional kontaktyta");
        String id = post(outcome(activityId, "DONE_AS_PLANNED"))
                .then().statusCode(201)
                .header("Location", containsString(BASE + "/outcomes/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("DONE_AS_PLANNED"))
                .extract().path("id");

        post(outcome(activityId, "NOT_DONE"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://rus.example/problems/conflict"));

        PlanningFixture.Received received = PlanningFixture.awaitFollowUpEvent("OutcomeRecorded.v1", id);
        assertEquals(String.valueOf(YEAR), received.key());
        assertEquals("/followup-service", received.event().get("source").asText());
        assertEquals(id, received.event().get("subject").asText());
        assertEquals(id, received.data().get("id").asText());
        assertEquals(YEAR, received.data().get("year").asInt());
        assertEquals(activityId.toString(), received.data().get("activityId").asText());
        assertEquals("DONE_AS_PLANNED", received.data().get("status").asText());
        assertEquals("PARAGRAPH", received.data().get("narrative").get(0).get("kind").asText());
        assertEquals(List.of("kind", "text"), fieldNames(received.data().get("narrative").get(0)));
        assertEquals(List.of("kind", "items"), fieldNames(received.data().get("narrative").get(1)));
        assertEquals("12.5", received.data().get("daysSpent").asText());
        assertEquals(true, received.data().get("daysSpent").isNumber());
    }

    @Test
    void replacingAndPatchingNeedTheCurrentETag() {
        UUID activityId = plannedActivity(UUID.randomUUID(), 1, "Vägledning etappmål");
        String location = post(outcome(activityId, "PARTLY_DONE")).then().statusCode(201).extract().header("Location");
        String path = location.substring(location.indexOf("/api/"));
        Map<String, Object> content = Map.of("status", "DONE_AS_PLANNED",
                "narrative", List.of(paragraph("Har genomförts som planerat.")));

        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(content)
                .when().put(path).then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(content)
                .when().put(path).then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(content)
                .when().put(path).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("status", equalTo("DONE_AS_PLANNED")).body("daysSpent", nullValue());

        given().auth().oauth2(WORKING_GROUP).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"0\"")
                .body("{\"daysSpent\":3}").when().patch(path).then().statusCode(412);
        given().auth().oauth2(WORKING_GROUP).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"1\"")
                .body("{\"daysSpent\":-1}").when().patch(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("daysSpent"));
        given().auth().oauth2(WORKING_GROUP).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"1\"")
                .body("{\"daysSpent\":30.25}").when().patch(path)
                .then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("status", equalTo("DONE_AS_PLANNED"))
                .body("daysSpent", equalTo(30.25f))
                .body("narrative[0].text", equalTo("Har genomförts som planerat."));

        String id = path.substring(path.lastIndexOf('/') + 1);
        PlanningFixture.Received changed = PlanningFixture.awaitFollowUpEvent("OutcomeChanged.v1", "30.25");
        assertEquals(id, changed.data().get("id").asText());
        assertEquals(String.valueOf(YEAR), changed.key());

        // RFC 7396: null removes an optional member, and a required one removed is a 400 like a PUT without it
        given().auth().oauth2(WORKING_GROUP).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"2\"")
                .body("{\"status\":null}").when().patch(path)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().auth().oauth2(WORKING_GROUP).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"2\"")
                .body("{\"daysSpent\":null}").when().patch(path)
                .then().statusCode(200).header("ETag", equalTo("\"3\"")).body("status", equalTo("DONE_AS_PLANNED"))
                .body("daysSpent", equalTo(null)).body("narrative[0].text", equalTo("Har genomförts som planerat."));
    }

    @Test
    void listsPagedAndFilteredByStatusAndArea() {
        UUID area = UUID.randomUUID();
        UUID first = plannedActivity(area, 1, "Samverkan med Naturvårdsverket");
        UUID second = plannedActivity(area, 2, "Samverkan med Havs- och vattenmyndigheten");
        post(outcome(first, "NOT_DONE")).then().statusCode(201);
        post(outcome(second, "CANCELLED")).then().statusCode(201);

        given().auth().oauth2(WORKING_GROUP).when().get(BASE + "/outcomes?areaId=" + area + "&size=1")
                .then().statusCode(200).body("items", hasSize(1)).body("totalItems", equalTo(2)).body("size", equalTo(1));
        given().auth().oauth2(RusTestInfrastructure.token("naturvardsverket"))
                .when().get(BASE + "/outcomes").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(RusTestInfrastructure.token("rus-steering"))
                .when().get(BASE + "/outcomes?areaId=" + area + "&status=CANCELLED")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].activityId", equalTo(second.toString()));
        given().auth().oauth2(WORKING_GROUP).when().get(BASE + "/outcomes?status=HALFWAY")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().auth().oauth2(WORKING_GROUP).when().get(BASE + "/activities?areaId=" + area)
                .then().statusCode(200).body("items[0].outcomeStatus", equalTo("NOT_DONE"));
    }

    @Test
    void namesTheInvalidFieldAndAnswers404ForUnknownOutcomes() {
        Map<String, Object> body = outcome(UUID.randomUUID(), "DONE_AS_PLANNED");
        body.remove("status");
        post(body).then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("status"));

        Map<String, Object> badBlock = outcome(UUID.randomUUID(), "DONE_AS_PLANNED");
        badBlock.put("narrative", List.of(Map.of("kind", "PARAGRAPH", "items", List.of("fel"))));
        UUID activityId = plannedActivity(UUID.randomUUID(), 1, "Regionala åtgärdsprogram");
        badBlock.put("activityId", activityId);
        post(badBlock).then().statusCode(400).body("errors[0].field", equalTo("narrative[0]"));

        Map<String, Object> badStatus = outcome(activityId, "HALFWAY");
        post(badStatus).then().statusCode(400).body("errors[0].field", equalTo("status"));

        given().auth().oauth2(WORKING_GROUP).when().get(BASE + "/outcomes/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anOutcomeMustBelongToTheActivitysYear() {
        UUID activityId = plannedActivity(UUID.randomUUID(), 1, "Förändringsledning");
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(outcome(activityId, "DONE_AS_PLANNED"))
                .when().post("/api/v1/followups/2040/outcomes")
                .then().statusCode(422).body("detail", containsString(String.valueOf(YEAR)));
    }

    @Test
    void onlyTheWorkingGroupWritesAndEveryoneNeedsAToken() {
        given().when().get(BASE + "/outcomes").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(RusTestInfrastructure.countyToken("21")).contentType(ContentType.JSON)
                .body(outcome(UUID.randomUUID(), "DONE_AS_PLANNED"))
                .when().post(BASE + "/outcomes").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void notesTheResourceFollowUpOfAnArea() {
        UUID areaId = UUID.randomUUID();
        String path = BASE + "/areas/" + areaId + "/follow-up";
        Map<String, Object> note = Map.of("note",
                List.of(paragraph("Arbetsgruppen bedöms vid uppföljningen ha lagt ned ungefär denna tid.")));

        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(note).when().put(path)
                .then().statusCode(422).contentType("application/problem+json");
        publish(YEAR, "AreaAdded.v1", area(areaId, UUID.randomUUID(), YEAR, 1, "Miljömålsuppföljning"));
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(WORKING_GROUP)
                .contentType(ContentType.JSON).body(note).when().put(path).statusCode() == 201);

        given().auth().oauth2(WORKING_GROUP).when().get(path)
                .then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("areaName", equalTo("Miljömålsuppföljning"))
                .body("note[0].text", equalTo("Arbetsgruppen bedöms vid uppföljningen ha lagt ned ungefär denna tid."));
        Map<String, Object> changed = Map.of("note", List.of(paragraph("Ungefär 250 dagar.")));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(changed).when().put(path)
                .then().statusCode(428);
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                .when().put(path).then().statusCode(200).header("ETag", equalTo("\"1\""));

        PlanningFixture.Received received = PlanningFixture.awaitFollowUpEvent("AreaFollowUpNoted.v1", "Ungefär 250 dagar.");
        assertEquals(String.valueOf(YEAR), received.key());
        assertEquals(areaId.toString(), received.data().get("areaId").asText());
        assertEquals("Miljömålsuppföljning", received.data().get("areaName").asText());
        assertEquals(YEAR, received.data().get("year").asInt());
        given().auth().oauth2(WORKING_GROUP).when().get(BASE + "/areas/" + UUID.randomUUID() + "/follow-up")
                .then().statusCode(404);
        given().auth().oauth2(RusTestInfrastructure.token("rus-steering")).when().get(BASE + "/areas?size=200")
                .then().statusCode(200)
                .body("items.find { it.areaId == '" + areaId + "' }.followUpNote[0].text", equalTo("Ungefär 250 dagar."))
                .body("items.find { it.areaId == '" + areaId + "' }.plannedResourceNote",
                        equalTo("I verksamhetsplanen " + YEAR + " tidsattes denna till 247 arbetsdagar."));
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyGetsTheFirstAnswer() {
        UUID activityId = plannedActivity(UUID.randomUUID(), 1, "Miljömålsrådet");
        Map<String, Object> body = outcome(activityId, "DONE_AS_PLANNED");
        String first = given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .header("Idempotency-Key", "utfall-" + activityId).body(body)
                .when().post(BASE + "/outcomes").then().statusCode(201).extract().path("id");
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .header("Idempotency-Key", "utfall-" + activityId).body(body)
                .when().post(BASE + "/outcomes")
                .then().statusCode(201).header("Location", endsWith("/outcomes/" + first)).body("id", equalTo(first));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .header("Idempotency-Key", "utfall-" + activityId).body(outcome(activityId, "NOT_DONE"))
                .when().post(BASE + "/outcomes").then().statusCode(422).contentType("application/problem+json");
    }
}
