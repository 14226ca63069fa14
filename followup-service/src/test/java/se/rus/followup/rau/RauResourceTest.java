package se.rus.followup.rau;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import se.rus.followup.PlanningFixture;
import se.rus.localstack.RusTestInfrastructure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class RauResourceTest {

    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");

    private static void openRound(int year, List<String> countyCodes) {
        Map<String, Object> body = new HashMap<>();
        body.put("instructions", "Anvisningar för RÅU " + year + ": bedöm målet och trenden för miljötillståndet.");
        body.put("deadline", (year + 1) + "-01-31");
        if (countyCodes != null) {
            body.put("countyCodes", countyCodes);
        }
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/rau/" + year + "/round").then().statusCode(201);
    }

    private static Map<String, Object> submission(String county, String objective, String assessment, String trend,
                                                  String summary) {
        Map<String, Object> body = new HashMap<>();
        body.put("countyCode", county);
        body.put("objectiveCode", objective);
        body.put("assessment", assessment);
        body.put("trend", trend);
        body.put("summary", summary);
        body.put("measures", "Åtgärdsprogram för miljömålen.");
        return body;
    }

    private static Response draft(String token, int year, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/rau/" + year + "/submissions");
    }

    private static Response act(String token, int year, String id, String action, Object body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post("/api/v1/rau/" + year + "/submissions/" + id + "/" + action);
    }

    @Test
    void opensARoundOncePerYearWithTheRegionallyAssessedObjectivesByDefault() {
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .body(Map.of("instructions", "Anvisningar för RÅU 2051.", "deadline", "2052-01-31"))
                .when().post("/api/v1/rau/2051/round")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/rau/2051/round"))
                .body("objectiveCodes", hasSize(14))
                .body("objectiveCodes", hasItem("GENERATIONSMALET"))
                .body("objectiveCodes", not(hasItem("BEGRANSAD_KLIMATPAVERKAN")))
                .body("objectiveCodes", not(hasItem("SKYDDANDE_OZONSKIKT")))
                .body("objectiveCodes", not(hasItem("SAKER_STRALMILJO")))
                .body("countyCodes", hasSize(21))
                .body("deadline", equalTo("2052-01-31"));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .body(Map.of("instructions", "Igen.", "deadline", "2052-01-31"))
                .when().post("/api/v1/rau/2051/round").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(RusTestInfrastructure.countyToken("21")).when().get("/api/v1/rau/2051/round")
                .then().statusCode(200).header("ETag", notNullValue()).body("instructions", equalTo("Anvisningar för RÅU 2051."))
                .body("status", equalTo("OPEN")).body("closedAt", nullValue());

        PlanningFixture.Received opened = PlanningFixture.awaitFollowUpEvent("RauRoundOpened.v1", "Anvisningar för RÅU 2051.");
        assertEquals("2051", opened.key());
        assertEquals(2051, opened.data().get("year").asInt());
        assertEquals("2052-01-31", opened.data().get("deadline").asText());
        assertEquals("OPEN", opened.data().get("status").asText());
        assertEquals(14, opened.data().get("objectiveCodes").size());
        assertEquals("GENERATIONSMALET", opened.data().get("objectiveCodes").get(0).asText());
        assertEquals(21, opened.data().get("countyCodes").size());
        assertEquals("01", opened.data().get("countyCodes").get(0).asText());

        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(Map.of("instructions", "Utan datum."))
                .when().post("/api/v1/rau/2050/round")
                .then().statusCode(400).body("errors[0].field", equalTo("deadline"));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .body(Map.of("instructions", "Fel mål.", "deadline", "2051-01-31", "objectiveCodes", List.of("PÅHITTAT")))
                .when().post("/api/v1/rau/2050/round").then().statusCode(422);
        given().auth().oauth2(RusTestInfrastructure.countyToken("21")).contentType(ContentType.JSON)
                .body(Map.of("instructions", "Län får inte.", "deadline", "2051-01-31"))
                .when().post("/api/v1/rau/2050/round").then().statusCode(403);
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/rau/2050/round").then().statusCode(404);
    }

    @Test
    void theReviewWorkflowAllowsItsTransitionsKeepsHistoryAndRefusesTheRest() {
        int year = 2052;
        openRound(year, null);
        String county = RusTestInfrastructure.countyToken("21");
        Map<String, Object> body = submission("21", "LEVANDE_SKOGAR", "NO", null, "Miljökvalitetsmålet nås inte i länet.");
        String id = draft(county, year, body).then().statusCode(201)
                .header("Location", containsString("/api/v1/rau/2052/submissions/"))
                .body("status", equalTo("DRAFT")).extract().path("id");
        String path = "/api/v1/rau/" + year + "/submissions/" + id;

        act(county, year, id, "submit", null).then().statusCode(422).body("detail", containsString("trend"));
        Map<String, Object> complete = Map.of("assessment", "NO", "trend", "NEUTRAL",
                "summary", "Miljökvalitetsmålet nås inte i länet.", "measures", "Formellt skydd av skog.");
        given().auth().oauth2(county).contentType(ContentType.JSON).body(complete).when().put(path).then().statusCode(428);
        given().auth().oauth2(county).contentType(ContentType.JSON).header("If-Match", "\"9\"").body(complete)
                .when().put(path).then().statusCode(412);
        given().auth().oauth2(county).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(complete)
                .when().put(path).then().statusCode(200).body("trend", equalTo("NEUTRAL")).body("status", equalTo("DRAFT"));

        act(WORKING_GROUP, year, id, "accept", null).then().statusCode(409).contentType("application/problem+json");
        act(WORKING_GROUP, year, id, "return", Map.of("comment", "För tidigt.")).then().statusCode(409);
        act(county, year, id, "submit", null).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        act(county, year, id, "submit", null).then().statusCode(409);
        given().auth().oauth2(county).contentType(ContentType.JSON).header("If-Match", "*").body(complete)
                .when().put(path).then().statusCode(409);

        act(county, year, id, "return", Map.of("comment", "Länet granskar inte.")).then().statusCode(403);
        act(WORKING_GROUP, year, id, "return", Map.of("comment", " ")).then().statusCode(400)
                .body("errors[0].field", equalTo("comment"));
        act(WORKING_GROUP, year, id, "return", Map.of("comment", "Motivera bedömningen med miljödata."))
                .then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("reviewerComment", equalTo("Motivera bedömningen med miljödata."));
        act(WORKING_GROUP, year, id, "accept", null).then().statusCode(409);
        Map<String, Object> revised = Map.of("assessment", "NO", "trend", "NEGATIVE",
                "summary", "Målet nås inte; avverkningen av äldre skog fortsätter enligt Skogsdata.", "measures", "Naturvårdsavtal.");
        given().auth().oauth2(county).contentType(ContentType.JSON).header("If-Match", "*").body(revised)
                .when().put(path).then().statusCode(200).body("status", equalTo("RETURNED"));
        act(county, year, id, "submit", null).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        act(WORKING_GROUP, year, id, "accept", Map.of()).then().statusCode(200).body("status", equalTo("ACCEPTED"));
        act(county, year, id, "submit", null).then().statusCode(409);
        act(WORKING_GROUP, year, id, "return", Map.of("comment", "Sent.")).then().statusCode(409);
        act(WORKING_GROUP, year, id, "accept", null).then().statusCode(409);

        given().auth().oauth2(WORKING_GROUP).when().get(path + "/history")
                .then().statusCode(200)
                .body("toStatus", equalTo(List.of("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED")))
                .body("[0].fromStatus", nullValue())
                .body("[2].comment", equalTo("Motivera bedömningen med miljödata."))
                .body("[2].actor", equalTo("test-rus-working-group"))
                .body("[1].organisation", equalTo("Länsstyrelsen 21"));

        PlanningFixture.Received returned = PlanningFixture.awaitFollowUpEvent("RauReturned.v1", id);
        assertEquals("2052", returned.key());
        assertEquals("RETURNED", returned.data().get("status").asText());
        assertEquals("Motivera bedömningen med miljödata.", returned.data().get("reviewerComment").asText());
        assertEquals("21", returned.data().get("countyCode").asText());
        assertEquals("LEVANDE_SKOGAR", returned.data().get("objectiveCode").asText());
        assertEquals("NO", returned.data().get("assessment").asText());
        assertEquals("NEUTRAL", returned.data().get("trend").asText());
        PlanningFixture.Received accepted = PlanningFixture.awaitFollowUpEvent("RauAccepted.v1", id);
        assertEquals("ACCEPTED", accepted.data().get("status").asText());
        assertEquals("NEGATIVE", accepted.data().get("trend").asText());
        assertEquals("Naturvårdsavtal.", accepted.data().get("measures").asText());
        assertEquals(year, accepted.data().get("year").asInt());
        assertEquals("SUBMITTED", PlanningFixture.awaitFollowUpEvent("RauSubmitted.v1", id).data().get("status").asText());
        assertEquals("DRAFT", PlanningFixture.awaitFollowUpEvent("RauDraftSaved.v1", id).data().get("status").asText());
    }

    @Test
    void aCountyWritesOnlyItsOwnFollowUpOfObjectivesThatApplyToIt() {
        int year = 2053;
        openRound(year, null);
        String stockholm = RusTestInfrastructure.countyToken("01");
        String gavleborg = RusTestInfrastructure.countyToken("21");

        draft(stockholm, year, submission("21", "FRISK_LUFT", "CLOSE", "POSITIVE", "Nära."))
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("21"));
        String id = draft(gavleborg, year, submission("21", "FRISK_LUFT", "CLOSE", "POSITIVE", "Nära."))
                .then().statusCode(201).extract().path("id");
        // another county's draft is not even visible to Stockholm: 404, not 403
        given().auth().oauth2(stockholm).contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("summary", "Kapat")).when().put("/api/v1/rau/" + year + "/submissions/" + id)
                .then().statusCode(404);
        act(stockholm, year, id, "submit", null).then().statusCode(404);
        String noCounty = RusTestInfrastructure.minter().mint("county-without-code", "county", null, java.time.Duration.ofMinutes(5));
        draft(noCounty, year, submission("21", "GIFTFRI_MILJO", "NO", "UNCLEAR", "Nej.")).then().statusCode(403);
        draft(RusTestInfrastructure.token("rus-steering"), year, submission("21", "GIFTFRI_MILJO", "NO", "UNCLEAR", "Nej."))
                .then().statusCode(403);

        draft(gavleborg, year, submission("21", "FRISK_LUFT", "YES", "POSITIVE", "Igen."))
                .then().statusCode(409).contentType("application/problem+json");
        draft(stockholm, year, submission("01", "STORSLAGEN_FJALLMILJO", "NO", "UNCLEAR", "Inga fjäll."))
                .then().statusCode(422).body("detail", containsString("STORSLAGEN_FJALLMILJO"));
        draft(RusTestInfrastructure.countyToken("18"), year, submission("18", "HAV_I_BALANS", "NO", "UNCLEAR", "Ingen kust."))
                .then().statusCode(422);
        draft(RusTestInfrastructure.countyToken("25"), year, submission("25", "STORSLAGEN_FJALLMILJO", "CLOSE", "NEUTRAL", "Fjällen."))
                .then().statusCode(201);
        draft(stockholm, year, submission("01", "BEGRANSAD_KLIMATPAVERKAN", "NO", "UNCLEAR", "Nationellt."))
                .then().statusCode(422);
        draft(stockholm, 2054, submission("01", "FRISK_LUFT", "NO", "UNCLEAR", "Ingen omgång.")).then().statusCode(422);
        draft(stockholm, year, submission("1", "FRISK_LUFT", "NO", "UNCLEAR", "Fel kod."))
                .then().statusCode(400).body("errors[0].field", equalTo("countyCode"));
        draft(stockholm, year, submission("01", "FRISK_LUFT", "MAYBE", "UNCLEAR", "Fel bedömning."))
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("assessment"));

        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/rau/" + year + "/submissions/" + java.util.UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/rau/" + year + "/submissions?countyCode=21&status=DRAFT")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
        given().auth().oauth2(stockholm).when().get("/api/v1/rau/" + year + "/submissions?countyCode=21&status=DRAFT")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(RusTestInfrastructure.countyToken("25")).when()
                .get("/api/v1/rau/" + year + "/submissions?objectiveCode=STORSLAGEN_FJALLMILJO")
                .then().statusCode(200).body("items.countyCode", equalTo(List.of("25")));
    }

    @Test
    void compilesAnObjectiveAcrossCountiesAndShowsTheCompletenessMatrix() {
        int year = 2055;
        openRound(year, List.of("25", "01", "12", "21"));
        String stockholm = draft(WORKING_GROUP, year, submission("01", "FRISK_LUFT", "YES", "POSITIVE",
                "Målet nås; halterna <b>minskar</b>.")).then().statusCode(201).extract().path("id");
        act(WORKING_GROUP, year, stockholm, "submit", null).then().statusCode(200);
        String skane = draft(RusTestInfrastructure.countyToken("12"), year, submission("12", "FRISK_LUFT", "CLOSE",
                "NEUTRAL", "Nära, \"men\" partiklar i Malmö.")).then().statusCode(201).extract().path("id");
        act(RusTestInfrastructure.countyToken("12"), year, skane, "submit", null).then().statusCode(200);
        act(WORKING_GROUP, year, skane, "accept", null).then().statusCode(200);
        String gavleborg = draft(WORKING_GROUP, year, submission("21", "FRISK_LUFT", "NO", "NEUTRAL",
                "Målet nås inte; vedeldning.")).then().statusCode(201).extract().path("id");
        act(WORKING_GROUP, year, gavleborg, "submit", null).then().statusCode(200);
        draft(WORKING_GROUP, year, submission("25", "FRISK_LUFT", "YES", "UNCLEAR", "Bara utkast.")).then().statusCode(201);

        given().auth().oauth2(RusTestInfrastructure.token("naturvardsverket"))
                .when().get("/api/v1/rau/" + year + "/compilation/FRISK_LUFT")
                .then().statusCode(200)
                .body("objectiveName", equalTo("Frisk luft"))
                .body("expectedCounties", equalTo(4))
                .body("reportedCounties", equalTo(3))
                .body("assessmentCounts.YES", equalTo(1))
                .body("assessmentCounts.CLOSE", equalTo(1))
                .body("assessmentCounts.NO", equalTo(1))
                .body("trendCounts.POSITIVE", equalTo(1))
                .body("trendCounts.NEUTRAL", equalTo(2))
                .body("trendCounts.NEGATIVE", equalTo(0))
                .body("trendCounts.UNCLEAR", equalTo(0))
                .body("counties.countyCode", equalTo(List.of("01", "12", "21")))
                .body("counties.countyName", equalTo(List.of("Stockholms län", "Skåne län", "Gävleborgs län")))
                .body("counties.status", equalTo(List.of("SUBMITTED", "ACCEPTED", "SUBMITTED")))
                .body("counties[2].summary", equalTo("Målet nås inte; vedeldning."))
                .body("missingCounties.code", equalTo(List.of("25")))
                .body("missingCounties[0].name", equalTo("Norrbottens län"));

        String csv = given().auth().oauth2(WORKING_GROUP).accept("text/csv").queryParam("dialect", "rfc4180")
                .when().get("/api/v1/rau/" + year + "/compilation/FRISK_LUFT")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(5, lines.length, csv);
        assertEquals("countyCode,countyName,status,assessment,trend,summary,measures,late,submittedAt", lines[0]);
        String submittedAt = ",false,\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";
        assertTrue(lines[1].matches(java.util.regex.Pattern.quote(
                "01,Stockholms län,SUBMITTED,YES,POSITIVE,Målet nås; halterna <b>minskar</b>.,Åtgärdsprogram för miljömålen.")
                + submittedAt), lines[1]);
        assertTrue(lines[2].matches(java.util.regex.Pattern.quote(
                "12,Skåne län,ACCEPTED,CLOSE,NEUTRAL,\"Nära, \"\"men\"\" partiklar i Malmö.\",Åtgärdsprogram för miljömålen.")
                + submittedAt), lines[2]);
        assertTrue(lines[3].matches(java.util.regex.Pattern.quote(
                "21,Gävleborgs län,SUBMITTED,NO,NEUTRAL,Målet nås inte; vedeldning.,Åtgärdsprogram för miljömålen.")
                + submittedAt), lines[3]);
        assertEquals("25,Norrbottens län,MISSING,,,,,,", lines[4]);

        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/rau/" + year + "/completeness")
                .then().statusCode(200)
                .body("objectives", hasSize(14))
                .body("counties.code", equalTo(List.of("01", "12", "21", "25")))
                .body("counties[0].cells.find { it.objectiveCode == 'STORSLAGEN_FJALLMILJO' }.applicable", equalTo(false))
                .body("counties[3].cells.find { it.objectiveCode == 'STORSLAGEN_FJALLMILJO' }.applicable", equalTo(true))
                .body("counties[1].cells.find { it.objectiveCode == 'FRISK_LUFT' }.status", equalTo("ACCEPTED"))
                .body("counties[3].cells.find { it.objectiveCode == 'FRISK_LUFT' }.status", equalTo("DRAFT"))
                .body("totals.expected", equalTo(53))
                .body("totals.accepted", equalTo(1))
                .body("totals.submitted", equalTo(2))
                .body("totals.drafts", equalTo(1))
                .body("totals.missing", equalTo(49));

        String html = given().auth().oauth2(RusTestInfrastructure.token("rus-steering")).accept("text/html")
                .when().get("/api/v1/rau/" + year + "/completeness")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertTrue(html.contains("RÅU 2055"), html);
        assertTrue(html.contains("halterna &lt;b&gt;minskar&lt;/b&gt;"), html);
        assertFalse(html.contains("<b>minskar</b>"), html);
        assertTrue(html.contains("<span class=\"trend\">↑</span><span class=\"status\">Inskickad</span>"), html);
        assertTrue(html.contains("<span class=\"trend\">→</span><span class=\"status\">Godkänd</span>"), html);
        assertTrue(html.contains("<td class=\"no\""), html);
        assertTrue(html.contains("Saknas"), html);

        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/rau/" + year + "/compilation/SAKER_STRALMILJO")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(WORKING_GROUP).accept("text/html").when().get("/api/v1/rau/2056/completeness")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/rau/" + year + "/compilation")
                .then().statusCode(200)
                .body("objectiveCode", hasSize(14))
                .body("[0].objectiveCode", equalTo("GENERATIONSMALET"))
                .body("find { it.objectiveCode == 'FRISK_LUFT' }.reportedCounties", equalTo(3))
                .body("find { it.objectiveCode == 'FRISK_LUFT' }.trendCounts.NEUTRAL", equalTo(2))
                .body("find { it.objectiveCode == 'FRISK_LUFT' }.missingCountyCodes", equalTo(List.of("25")))
                .body("find { it.objectiveCode == 'STORSLAGEN_FJALLMILJO' }.expectedCounties", equalTo(1))
                .body("find { it.objectiveCode == 'GIFTFRI_MILJO' }.missingCountyCodes", equalTo(List.of("01", "12", "21", "25")));
    }

    @Test
    void theWorkingGroupChangesWhichCountiesFollowUpAnObjective() {
        String path = "/api/v1/objectives/STORSLAGEN_FJALLMILJO/applicability";
        String etag = given().auth().oauth2(RusTestInfrastructure.countyToken("23")).when().get(path)
                .then().statusCode(200)
                .body("countyCodes", equalTo(List.of("17", "20", "23", "24", "25")))
                .extract().header("ETag");
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/objectives/HAV_I_BALANS/applicability")
                .then().statusCode(200).body("countyCodes", hasSize(14)).body("countyCodes", not(hasItem("18")));

        Map<String, Object> withVasternorrland = Map.of("countyCodes", List.of("25", "17", "20", "22", "23", "24"));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(withVasternorrland)
                .when().put(path).then().statusCode(428);
        given().auth().oauth2(RusTestInfrastructure.countyToken("22")).contentType(ContentType.JSON)
                .header("If-Match", etag).body(withVasternorrland).when().put(path).then().statusCode(403);
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("countyCodes", List.of("02"))).when().put(path).then().statusCode(422);
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("countyCodes", List.of("2"))).when().put(path)
                .then().statusCode(400).body("errors[0].field", containsString("countyCodes"));
        String changed = given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", etag)
                .body(withVasternorrland).when().put(path)
                .then().statusCode(200).body("countyCodes", equalTo(List.of("17", "20", "22", "23", "24", "25")))
                .extract().header("ETag");
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", etag)
                .body(withVasternorrland).when().put(path).then().statusCode(412);
        // the same counties again (in another order) change nothing: the version and ETag stay
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", changed)
                .body(Map.of("countyCodes", List.of("24", "23", "22", "20", "17", "25"))).when().put(path)
                .then().statusCode(200).header("ETag", equalTo(changed));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", changed)
                .body(Map.of("countyCodes", List.of("17", "20", "23", "24", "25"))).when().put(path)
                .then().statusCode(200).body("countyCodes", hasSize(5));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/objectives/PAHITTAT/applicability").then().statusCode(404);
    }
}
