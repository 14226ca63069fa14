package se.rus.planning.rollover;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.planning.support.Api;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class RollOverTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The 2024-like fixture as the plan of {@code year}, in the period that holds it. */
    private static Map<String, Object> fixture(int year, int periodStart) throws IOException {
        try (InputStream in = RollOverTest.class.getResourceAsStream("/plan-import-2024-like.json")) {
            Map<String, Object> document = JSON.readValue(in, new TypeReference<Map<String, Object>>() {
            });
            document.put("title", "RUS verksamhetsplan " + year);
            document.put("periodStart", periodStart);
            document.put("periodEnd", periodStart + 2);
            return document;
        }
    }

    private static JsonPath activities(int year) {
        return given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/" + year + "/activities?size=200")
                .then().statusCode(200).extract().jsonPath();
    }

    private static String rollOver(int year) {
        return "/api/v1/plans/" + year + "/roll-over";
    }

    @Test
    void rollsTheLastYearOfAPeriodOverIntoADraftOfTheNextPeriodsFirstYear() throws IOException {
        Api.workingGroup().body(fixture(2090, 2088)).when().put("/api/v1/plans/2090/import").then().statusCode(200);

        String planId = Api.workingGroup().when().post(rollOver(2090))
                .then().statusCode(201).contentType("application/json")
                .header("Location", endsWith("/api/v1/plans/2091"))
                .header("ETag", notNullValue())
                .body("year", equalTo(2091))
                .body("title", equalTo("RUS verksamhetsplan 2091"))
                .body("vision", equalTo("Miljömålen är uppnådda genom samverkan och effektiva insatser som förverkligar Agenda 2030."))
                .body("periodStart", equalTo(2091)).body("periodEnd", equalTo(2093))
                .body("status", equalTo("DRAFT"))
                .extract().path("id");
        given().auth().oauth2(Api.COUNTY).when().get("/api/v1/plans/2091").then().statusCode(200).body("id", equalTo(planId));

        // the same areas, activities, flags and days
        given().auth().oauth2(Api.STEERING).when().get("/api/v1/plans/2091/summary")
                .then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("areas.name", contains("Miljömålsuppföljning", "Stöd i åtgärdsarbetet", "Kommunikation och organisation"))
                .body("areas.resourceNote", not(hasItem(containsString("arbetsdagar"))))
                .body("areas.plannedDays", contains(193, 110.5f, 129))
                .body("plannedDays", equalTo(432.5f)).body("extraDays", equalTo(18))
                .body("activityCount", equalTo(9)).body("prioritisedCount", equalTo(8));
        JsonPath source = activities(2090);
        JsonPath next = activities(2091);
        assertEquals(source.getList("items.title"), next.getList("items.title"));
        assertEquals(source.getList("items.position"), next.getList("items.position"));
        assertEquals(source.getList("items.developmentEffort"), next.getList("items.developmentEffort"));
        assertEquals(source.getList("items.prioritised"), next.getList("items.prioritised"));
        assertEquals(source.getList("items.responsible"), next.getList("items.responsible"));
        assertEquals(source.getList("items.description"), next.getList("items.description"));
        assertEquals(source.getList("items.id"), next.getList("items.continuesActivityId"), "each activity continues its source");
        next.getList("items.year", Integer.class).forEach(year -> assertEquals(2091, year));

        // members who left before the new year stay behind
        given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/2091/members")
                .then().statusCode(200)
                .body("items.name", contains("Peder Eriksson", "Maria Ek", "Anders Bergström", "Moa Lindvert", "Magnus Eriksson"))
                .body("items.group", contains("STEERING", "STEERING", "WORKING", "WORKING", "WORKING"));
        // goals belong to a period, not to a plan
        given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/goal-periods/2091-2093/goals")
                .then().statusCode(200).body("totalItems", equalTo(0));

        // every created entity published its usual event, keyed by the new year
        given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/2091/history?size=200")
                .then().statusCode(200).body("totalItems", equalTo(1 + 3 + 9 + 5))
                .body("items[0].type", equalTo("se.rus.planning.PlanCreated.v1"))
                .body("items.actor", hasItems("test-rus-working-group"));
        Map<String, Long> types = given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/2091/history?size=200")
                .then().extract().jsonPath().getList("items.type", String.class).stream()
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        assertEquals(Map.of("se.rus.planning.PlanCreated.v1", 1L, "se.rus.planning.AreaAdded.v1", 3L,
                "se.rus.planning.ActivityPlanned.v1", 9L, "se.rus.planning.MemberJoined.v1", 5L), types);
        String circular = next.getString("items.find { it.title == 'Cirkulär ekonomi och hållbar konsumtion' }.id");
        Api.Event planned = Api.awaitEvent("se.rus.planning.ActivityPlanned.v1", circular);
        assertEquals("2091", planned.key());
        assertEquals(source.getString("items.find { it.title == 'Cirkulär ekonomi och hållbar konsumtion' }.id"),
                planned.data().get("continuesActivityId").asText());
        assertEquals(new BigDecimal("18"), planned.data().get("extraDays").decimalValue());
        assertEquals("DRAFT", Api.awaitEvent("se.rus.planning.PlanCreated.v1", planId).data().get("status").asText());

        // the target year exists now
        Api.workingGroup().when().post(rollOver(2090))
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Det finns redan en plan för 2091"));
    }

    @Test
    void aContinuedActivityCannotBeRemovedAndALinkMustPointToLastYear() throws IOException {
        Api.workingGroup().body(fixture(2095, 2094)).when().put("/api/v1/plans/2095/import").then().statusCode(200);
        Api.workingGroup().when().post(rollOver(2095)).then().statusCode(201).body("periodStart", equalTo(2094));
        JsonPath source = activities(2095);
        JsonPath next = activities(2096);
        String nobel = source.getString("items.find { it.title == 'Nobelmötet' }.id");
        String nextNobel = next.getString("items.find { it.title == 'Nobelmötet' }.id");
        String nextArea = next.getString("items.find { it.title == 'Nobelmötet' }.areaId");

        String nobelTag = given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/2095/activities/" + nobel)
                .then().extract().header("ETag");
        given().auth().oauth2(Api.WORKING_GROUP).header("If-Match", nobelTag)
                .when().delete("/api/v1/plans/2095/activities/" + nobel)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("Nobelmötet"));
        Map<String, Object> withoutCommunication = fixture(2095, 2094);
        withoutCommunication.put("areas", ((List<?>) withoutCommunication.get("areas")).subList(0, 2));
        Api.workingGroup().body(withoutCommunication).when().put("/api/v1/plans/2095/import").then().statusCode(409);

        // a link must name an activity of the previous year's plan
        String nextTag = given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/2096/activities/" + nextNobel)
                .then().extract().header("ETag");
        String sameYear = next.getString("items.find { it.title == 'Miljöövervakning' }.id");
        for (String wrong : List.of(sameYear, UUID.randomUUID().toString())) {
            Api.workingGroup().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", nextTag)
                    .body("{\"continuesActivityId\": \"" + wrong + "\"}")
                    .when().patch("/api/v1/plans/2096/activities/" + nextNobel)
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("continuesActivityId"))
                    .body("detail", containsString("2095"));
        }
        Api.workingGroup().body(Map.of("areaId", nextArea, "title", "Nytt möte", "plannedDays", 3, "continuesActivityId", sameYear))
                .when().post("/api/v1/plans/2096/activities")
                .then().statusCode(422).body("errors[0].field", equalTo("continuesActivityId"));
        Api.workingGroup().body(Map.of("areaId", nextArea, "title", "Nytt möte", "plannedDays", 3, "continuesActivityId", "inte-ett-id"))
                .when().post("/api/v1/plans/2096/activities")
                .then().statusCode(400).body("errors[0].field", equalTo("continuesActivityId"));
        String split = Api.workingGroup().body(Map.of("areaId", nextArea, "title", "Nobelmötet, uppföljning", "plannedDays", 3,
                        "continuesActivityId", nobel))
                .when().post("/api/v1/plans/2096/activities")
                .then().statusCode(201).body("continuesActivityId", equalTo(nobel)).extract().path("id");
        assertEquals(nobel, Api.awaitEvent("se.rus.planning.ActivityPlanned.v1", split).data().get("continuesActivityId").asText());

        // unlinking both successors frees last year's activity
        Api.workingGroup().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", nextTag)
                .body("{\"continuesActivityId\": null}")
                .when().patch("/api/v1/plans/2096/activities/" + nextNobel)
                .then().statusCode(200).body("continuesActivityId", nullValue()).body("title", equalTo("Nobelmötet"));
        assertEquals(true, Api.awaitEvent("se.rus.planning.ActivityChanged.v1", nextNobel).data().get("continuesActivityId").isNull());
        String splitTag = given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/2096/activities/" + split)
                .then().extract().header("ETag");
        // PUT replaces everything: without continuesActivityId the link is gone
        Api.workingGroup().header("If-Match", splitTag)
                .body(Map.of("areaId", nextArea, "title", "Nobelmötet, uppföljning", "plannedDays", 3))
                .when().put("/api/v1/plans/2096/activities/" + split)
                .then().statusCode(200).body("continuesActivityId", nullValue());
        given().auth().oauth2(Api.WORKING_GROUP).header("If-Match", nobelTag)
                .when().delete("/api/v1/plans/2095/activities/" + nobel).then().statusCode(204);
    }

    @Test
    void refusesMissingSourcesTakenTargetsOtherRolesAndYearsPastTheLast() {
        Api.workingGroup().when().post(rollOver(2019))
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Det finns ingen plan för 2019"));
        Api.createPlan(2098, 2097, 2099);
        Api.as(Api.STEERING).when().post(rollOver(2098)).then().statusCode(403).contentType("application/problem+json");
        Api.as(Api.COUNTY).when().post(rollOver(2098)).then().statusCode(403);
        Api.as(Api.NATURVARDSVERKET).when().post(rollOver(2098)).then().statusCode(403);
        given().when().post(rollOver(2098)).then().statusCode(401).contentType("application/problem+json");
        Api.workingGroup().when().post(rollOver(2098)).then().statusCode(201).body("year", equalTo(2099))
                .body("periodStart", equalTo(2097)).body("periodEnd", equalTo(2099));
        Api.workingGroup().when().post(rollOver(2098)).then().statusCode(409).contentType("application/problem+json");
        // 2100 would start the period 2100–2102, past the last year a plan can have
        Api.workingGroup().when().post(rollOver(2099))
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("year"));
        given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/2100").then().statusCode(404);
    }

    @Test
    void aRetriedRollOverGetsTheFirstResponseAndCreatesNothingNew() {
        Api.createPlan(2066, 2064, 2066);
        Api.addArea(2066, "Kommunikation och organisation", null);
        var first = Api.workingGroup().header("Idempotency-Key", "vp-2067").when().post(rollOver(2066))
                .then().statusCode(201).extract();
        var retry = Api.workingGroup().header("Idempotency-Key", "vp-2067").when().post(rollOver(2066))
                .then().statusCode(201).body("year", equalTo(2067)).extract();
        assertEquals(first.path("id").toString(), retry.path("id").toString());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/2067/history")
                .then().body("totalItems", equalTo(2));
        Api.workingGroup().when().post(rollOver(2066)).then().statusCode(409);
    }
}
