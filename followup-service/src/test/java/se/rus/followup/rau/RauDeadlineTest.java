package se.rus.followup.rau;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import se.rus.followup.PlanningFixture;
import se.rus.platform.time.TimeSource;
import se.rus.localstack.RusTestInfrastructure;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class RauDeadlineTest {

    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");

    private static void openRound(int year, String deadline, List<String> countyCodes) {
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .body(Map.of("instructions", "Anvisningar för RÅU " + year + ".", "deadline", deadline,
                        "countyCodes", countyCodes))
                .when().post("/api/v1/rau/" + year + "/round").then().statusCode(201);
    }

    private static String draft(String token, int year, String county, String objective) {
        return draftResponse(token, year, county, objective).then().statusCode(201).extract().path("id");
    }

    private static Response draftResponse(String token, int year, String county, String objective) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("countyCode", county, "objectiveCode", objective, "assessment", "CLOSE",
                        "trend", "NEUTRAL", "summary", "Målet är nära att nås i länet.", "measures", "Åtgärdsprogram."))
                .when().post("/api/v1/rau/" + year + "/submissions");
    }

    private static Response act(String token, int year, String id, String action, Object body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post("/api/v1/rau/" + year + "/submissions/" + id + "/" + action);
    }

    private static void now(String instant) {
        QuarkusMock.installMockForType(new TimeSource(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)),
                TimeSource.class);
    }

    @Test
    void aSubmissionAfterTheDeadlineDayInSwedenIsAcceptedAndShownAsLate() {
        int year = 2060;
        openRound(year, "2061-01-31", List.of("01", "12", "21"));
        String stockholm = draft(WORKING_GROUP, year, "01", "FRISK_LUFT");
        String gavleborg = draft(RusTestInfrastructure.countyToken("21"), year, "21", "FRISK_LUFT");

        now("2061-01-31T22:59:59Z"); // 23:59:59 in Stockholm (CET): still the deadline day
        act(WORKING_GROUP, year, stockholm, "submit", null).then().statusCode(200)
                .body("late", equalTo(false)).body("submittedAt", equalTo("2061-01-31T22:59:59Z"));
        now("2061-01-31T23:00:00Z"); // midnight in Stockholm: the day after the deadline
        act(RusTestInfrastructure.countyToken("21"), year, gavleborg, "submit", null).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("late", equalTo(true)).body("submittedAt", equalTo("2061-01-31T23:00:00Z"));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/rau/" + year + "/submissions/" + gavleborg)
                .then().statusCode(200).body("late", equalTo(true)).body("submittedAt", equalTo("2061-01-31T23:00:00Z"));

        given().auth().oauth2(RusTestInfrastructure.token("naturvardsverket"))
                .when().get("/api/v1/rau/" + year + "/compilation/FRISK_LUFT")
                .then().statusCode(200)
                .body("reportedCounties", equalTo(2))
                .body("counties.countyCode", equalTo(List.of("01", "21")))
                .body("counties.late", equalTo(List.of(false, true)))
                .body("counties[1].submittedAt", equalTo("2061-01-31T23:00:00Z"))
                .body("missingCounties.code", equalTo(List.of("12")));
        String csv = given().auth().oauth2(WORKING_GROUP).accept("text/csv").queryParam("dialect", "rfc4180")
                .when().get("/api/v1/rau/" + year + "/compilation/FRISK_LUFT").then().statusCode(200).extract().asString();
        String[] lines = csv.split("\r\n");
        assertTrue(lines[1].startsWith("01,") && lines[1].endsWith(",false,2061-01-31T22:59:59Z"), csv);
        assertEquals("12,Skåne län,MISSING,,,,,,", lines[2]);
        assertTrue(lines[3].startsWith("21,") && lines[3].endsWith(",true,2061-01-31T23:00:00Z"), csv);
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/rau/" + year + "/compilation")
                .then().statusCode(200)
                .body("find { it.objectiveCode == 'FRISK_LUFT' }.lateCountyCodes", equalTo(List.of("21")));

        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/rau/" + year + "/completeness")
                .then().statusCode(200)
                .body("deadline", equalTo("2061-01-31")).body("status", equalTo("OPEN"))
                .body("counties[2].cells.find { it.objectiveCode == 'FRISK_LUFT' }.late", equalTo(true))
                .body("counties[2].cells.find { it.objectiveCode == 'FRISK_LUFT' }.submittedAt", equalTo("2061-01-31T23:00:00Z"))
                .body("counties[0].cells.find { it.objectiveCode == 'FRISK_LUFT' }.late", equalTo(false))
                .body("totals.late", equalTo(1)).body("totals.submitted", equalTo(2));
        String html = given().auth().oauth2(RusTestInfrastructure.token("rus-steering")).accept("text/html")
                .when().get("/api/v1/rau/" + year + "/completeness").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<span class=\"status\">Inskickad</span><span class=\"late\">Sen</span>"), html);
        assertTrue(html.contains("Inskickad efter sista dag, 2061-02-01 00:00."), html);
        assertTrue(html.contains("Sista dag: 2061-01-31 · omgången är öppen"), html);
        assertTrue(html.contains("inskickade efter sista dag: 1"), html);

        PlanningFixture.Received submitted = PlanningFixture.awaitFollowUpEvent("RauSubmitted.v1", gavleborg);
        assertTrue(submitted.data().get("late").asBoolean());
        assertEquals("2061-01-31T23:00:00Z", submitted.data().get("submittedAt").asText());
        PlanningFixture.Received onTime = PlanningFixture.awaitFollowUpEvent("RauSubmitted.v1", stockholm);
        assertEquals(false, onTime.data().get("late").asBoolean());

        // accepting keeps the mark: the submission was late, whoever reviews it afterwards
        act(WORKING_GROUP, year, gavleborg, "accept", null).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("late", equalTo(true));
        assertTrue(PlanningFixture.awaitFollowUpEvent("RauAccepted.v1", gavleborg).data().get("late").asBoolean());
    }

    @Test
    void aDeadlineMovedEarlierMakesASubmissionAfterItLateAndTheHistoryKeepsTheEarlierDeadline() {
        int year = 2066;
        openRound(year, "2067-02-28", List.of("01", "21"));
        String stockholm = draft(WORKING_GROUP, year, "01", "FRISK_LUFT");
        now("2067-02-10T10:00:00Z");
        act(WORKING_GROUP, year, stockholm, "submit", null).then().statusCode(200).body("late", equalTo(false));

        String round = "/api/v1/rau/" + year + "/round";
        String etag = given().auth().oauth2(WORKING_GROUP).when().get(round).then().extract().header("ETag");
        given().auth().oauth2(WORKING_GROUP).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", etag)
                .body(Map.of("deadline", "2067-01-31")).when().patch(round).then().statusCode(200);
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/rau/" + year + "/submissions/" + stockholm)
                .then().statusCode(200).body("late", equalTo(true)).body("submittedAt", equalTo("2067-02-10T10:00:00Z"));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/rau/" + year + "/completeness")
                .then().statusCode(200).body("deadline", equalTo("2067-01-31")).body("totals.late", equalTo(1));
        given().auth().oauth2(WORKING_GROUP).when().get(round + "/history").then().statusCode(200)
                .body("[0].before.deadline", equalTo("2067-02-28")).body("[0].after.deadline", equalTo("2067-01-31"));

        // and moved later again, the submission is on time
        etag = given().auth().oauth2(WORKING_GROUP).when().get(round).then().extract().header("ETag");
        given().auth().oauth2(WORKING_GROUP).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", etag)
                .body(Map.of("deadline", "2067-03-15")).when().patch(round).then().statusCode(200);
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/rau/" + year + "/compilation/FRISK_LUFT")
                .then().statusCode(200).body("counties.late", equalTo(List.of(false)));
    }

    @Test
    void aClosedRoundRefusesEveryChangeToItsSubmissions() {
        int year = 2062;
        openRound(year, "2063-01-31", List.of("01", "12", "21"));
        String stockholm = draft(WORKING_GROUP, year, "01", "FRISK_LUFT");
        String gavleborg = draft(WORKING_GROUP, year, "21", "FRISK_LUFT");
        act(WORKING_GROUP, year, gavleborg, "submit", null).then().statusCode(200);
        String path = "/api/v1/rau/" + year + "/round";
        String etag = given().auth().oauth2(WORKING_GROUP).when().get(path).then().statusCode(200)
                .body("status", equalTo("OPEN")).extract().header("ETag");

        given().auth().oauth2(WORKING_GROUP).when().post(path + "/close").then().statusCode(428)
                .contentType("application/problem+json");
        given().auth().oauth2(WORKING_GROUP).header("If-Match", "\"99\"").when().post(path + "/close")
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(RusTestInfrastructure.countyToken("21")).header("If-Match", etag).when().post(path + "/close")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().post(path + "/close").then().statusCode(401);
        given().auth().oauth2(WORKING_GROUP).header("If-Match", "*").when().post("/api/v1/rau/2063/round/close")
                .then().statusCode(404).contentType("application/problem+json");

        String closed = given().auth().oauth2(WORKING_GROUP).header("If-Match", etag).when().post(path + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("closedAt", notNullValue())
                .extract().header("ETag");
        given().auth().oauth2(WORKING_GROUP).header("If-Match", closed).when().post(path + "/close")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("stängd"));
        given().auth().oauth2(RusTestInfrastructure.countyToken("12")).when().get(path)
                .then().statusCode(200).body("status", equalTo("CLOSED"));

        draftResponse(RusTestInfrastructure.countyToken("12"), year, "12", "FRISK_LUFT").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("stängd"));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("assessment", "YES", "trend", "POSITIVE", "summary", "Sent ändrat."))
                .when().put("/api/v1/rau/" + year + "/submissions/" + stockholm).then().statusCode(409);
        act(WORKING_GROUP, year, stockholm, "submit", null).then().statusCode(409).contentType("application/problem+json");
        act(WORKING_GROUP, year, gavleborg, "return", Map.of("comment", "För sent.")).then().statusCode(409);
        act(WORKING_GROUP, year, gavleborg, "accept", null).then().statusCode(409);
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/rau/" + year + "/submissions/" + gavleborg)
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/rau/" + year + "/compilation/FRISK_LUFT")
                .then().statusCode(200).body("reportedCounties", equalTo(1));
        given().auth().oauth2(WORKING_GROUP).accept("text/html").when().get("/api/v1/rau/" + year + "/completeness")
                .then().statusCode(200).body(containsString("omgången är stängd"));

        String roundId = given().auth().oauth2(WORKING_GROUP).when().get(path).then().extract().path("id");
        PlanningFixture.Received event = PlanningFixture.awaitFollowUpEvent("RauRoundClosed.v1", roundId);
        assertEquals(String.valueOf(year), event.key());
        assertEquals("CLOSED", event.data().get("status").asText());
        assertEquals(year, event.data().get("year").asInt());
        assertEquals("2063-01-31", event.data().get("deadline").asText());
        assertEquals(3, event.data().get("countyCodes").size());
    }

    @Test
    void aYearWithoutARoundOrOutsideTheServicesYearsIsNotFound() {
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/rau/2099/compilation")
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("2099"));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/rau/2099/compilation/FRISK_LUFT")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(WORKING_GROUP).accept("text/csv").when().get("/api/v1/rau/2099/compilation/FRISK_LUFT")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(WORKING_GROUP).accept("text/html").when().get("/api/v1/rau/2099/completeness")
                .then().statusCode(404).contentType("application/problem+json");

        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/rau/1999/compilation")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("1999")).body("title", equalTo("Resursen finns inte"));
        given().auth().oauth2(WORKING_GROUP).accept("text/html").when().get("/api/v1/rau/2101/completeness")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .body(Map.of("instructions", "Fel år.", "deadline", "2101-01-31"))
                .when().post("/api/v1/rau/20240/round").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/followups/1999/outcomes")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(Map.of("areas", List.of()))
                .when().put("/api/v1/followups/2101/import").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/rau/1999/compilation").then().statusCode(401);
    }
}
