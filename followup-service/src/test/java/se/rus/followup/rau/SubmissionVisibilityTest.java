package se.rus.followup.rau;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Object-level authorisation of the RÅU: a county sees its own submissions in every status and other counties'
 * only once submitted or accepted; Naturvårdsverket sees only submitted and accepted ones; the working group and
 * the steering group see all. Checked on every read, including paging counts and the HTML matrix.
 */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class SubmissionVisibilityTest {

    private static final int YEAR = 2061;
    private static final String BASE = "/api/v1/rau/" + YEAR;
    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    private static final String STEERING = RusTestInfrastructure.token("rus-steering");
    private static final String NATURVARDSVERKET = RusTestInfrastructure.token("naturvardsverket");
    private static final String STOCKHOLM = RusTestInfrastructure.countyToken("01");
    private static final String VASTRA_GOTALAND = RusTestInfrastructure.countyToken("14");
    private static final String GAVLEBORG = RusTestInfrastructure.countyToken("21");

    private static final String GOTHENBURG_DRAFT_TEXT = "Hemligt utkast: partiklar i Göteborg.";
    private static final String GAVLEBORG_RETURNED_TEXT = "Returnerat: vedeldning i Gävle.";

    private static String draft(String token, String county, String objective, String summary) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("countyCode", county, "objectiveCode", objective, "assessment", "NO",
                        "trend", "NEGATIVE", "summary", summary, "measures", "Åtgärdsprogram."))
                .when().post(BASE + "/submissions").then().statusCode(201).extract().path("id");
    }

    private static void act(String token, String id, String action, Object body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        request.when().post(BASE + "/submissions/" + id + "/" + action).then().statusCode(200);
    }

    private record Round(String gothenburgDraft, String stockholmDraft, String gavleborgSubmitted,
                         String gavleborgReturned) {
    }

    private static Round round;

    /** 14 has a draft, 01 has a draft, 21 has one submitted and one returned for revision. */
    private static synchronized Round round() {
        if (round == null) {
            given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                    .body(Map.of("instructions", "Anvisningar för RÅU " + YEAR + ".", "deadline", (YEAR + 1) + "-01-31",
                            "countyCodes", List.of("01", "14", "21")))
                    .when().post(BASE + "/round").then().statusCode(201);
            String gothenburg = draft(VASTRA_GOTALAND, "14", "FRISK_LUFT", GOTHENBURG_DRAFT_TEXT);
            String stockholm = draft(STOCKHOLM, "01", "FRISK_LUFT", "Stockholms eget utkast.");
            String submitted = draft(GAVLEBORG, "21", "FRISK_LUFT", "Inskickat från Gävleborg.");
            act(GAVLEBORG, submitted, "submit", null);
            String returned = draft(GAVLEBORG, "21", "GIFTFRI_MILJO", GAVLEBORG_RETURNED_TEXT);
            act(GAVLEBORG, returned, "submit", null);
            act(WORKING_GROUP, returned, "return", Map.of("comment", "Komplettera."));
            round = new Round(gothenburg, stockholm, submitted, returned);
        }
        return round;
    }

    @Test
    void aCountyListsItsOwnInEveryStatusAndOthersOnlyOnceSubmittedWithTheRightTotal() {
        Round r = round();
        given().auth().oauth2(STOCKHOLM).when().get(BASE + "/submissions?size=1")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(r.stockholmDraft()));
        given().auth().oauth2(STOCKHOLM).when().get(BASE + "/submissions?page=1&size=1")
                .then().statusCode(200).body("items[0].id", equalTo(r.gavleborgSubmitted()));
        given().auth().oauth2(STOCKHOLM).when().get(BASE + "/submissions?countyCode=14")
                .then().statusCode(200).body("totalItems", equalTo(0)).body("items", hasSize(0));
        given().auth().oauth2(GAVLEBORG).when().get(BASE + "/submissions")
                .then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.id", equalTo(List.of(r.gavleborgSubmitted(), r.gavleborgReturned())));
        given().auth().oauth2(WORKING_GROUP).when().get(BASE + "/submissions")
                .then().statusCode(200).body("totalItems", equalTo(4));
        given().auth().oauth2(STEERING).when().get(BASE + "/submissions")
                .then().statusCode(200).body("totalItems", equalTo(4));
    }

    @Test
    void anotherCountysDraftIsNotFoundSoItsExistenceDoesNotLeak() {
        Round r = round();
        for (String hidden : List.of(r.gothenburgDraft(), r.gavleborgReturned())) {
            given().auth().oauth2(STOCKHOLM).when().get(BASE + "/submissions/" + hidden)
                    .then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(STOCKHOLM).when().get(BASE + "/submissions/" + hidden + "/history")
                    .then().statusCode(404).contentType("application/problem+json");
        }
        given().auth().oauth2(STOCKHOLM).when().get(BASE + "/submissions/" + r.stockholmDraft())
                .then().statusCode(200).body("status", equalTo("DRAFT"));
        given().auth().oauth2(STOCKHOLM).when().get(BASE + "/submissions/" + r.gavleborgSubmitted())
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(STOCKHOLM).when().get(BASE + "/submissions/" + r.gavleborgSubmitted() + "/history")
                .then().statusCode(200).body("toStatus", equalTo(List.of("DRAFT", "SUBMITTED")));
        given().auth().oauth2(GAVLEBORG).when().get(BASE + "/submissions/" + r.gavleborgReturned() + "/history")
                .then().statusCode(200).body("toStatus", equalTo(List.of("DRAFT", "SUBMITTED", "RETURNED")));
        given().auth().oauth2(STEERING).when().get(BASE + "/submissions/" + r.gothenburgDraft())
                .then().statusCode(200).body("summary", equalTo(GOTHENBURG_DRAFT_TEXT));
        // Naturvårdsverket reads compilations, not single submissions
        given().auth().oauth2(NATURVARDSVERKET).when().get(BASE + "/submissions/" + r.gavleborgSubmitted())
                .then().statusCode(403);
        given().auth().oauth2(NATURVARDSVERKET).when().get(BASE + "/submissions").then().statusCode(403);
    }

    @Test
    void theCompletenessMatrixShowsAHiddenSubmissionAsNotSubmittedWithoutColourOrText() {
        round();
        String cell = "counties.find { it.code == '%s' }.cells.find { it.objectiveCode == '%s' }.";
        given().auth().oauth2(STOCKHOLM).when().get(BASE + "/completeness")
                .then().statusCode(200)
                .body(cell.formatted("14", "FRISK_LUFT") + "status", nullValue())
                .body(cell.formatted("14", "FRISK_LUFT") + "assessment", nullValue())
                .body(cell.formatted("14", "FRISK_LUFT") + "trend", nullValue())
                .body(cell.formatted("14", "FRISK_LUFT") + "summary", nullValue())
                .body(cell.formatted("14", "FRISK_LUFT") + "submissionId", nullValue())
                .body(cell.formatted("21", "GIFTFRI_MILJO") + "status", nullValue())
                .body(cell.formatted("01", "FRISK_LUFT") + "status", equalTo("DRAFT"))
                .body(cell.formatted("21", "FRISK_LUFT") + "status", equalTo("SUBMITTED"))
                .body("totals.drafts", equalTo(1))
                .body("totals.returned", equalTo(0))
                .body("totals.submitted", equalTo(1));
        given().auth().oauth2(NATURVARDSVERKET).when().get(BASE + "/completeness")
                .then().statusCode(200)
                .body(cell.formatted("01", "FRISK_LUFT") + "status", nullValue())
                .body(cell.formatted("14", "FRISK_LUFT") + "assessment", nullValue())
                .body(cell.formatted("21", "FRISK_LUFT") + "status", equalTo("SUBMITTED"))
                .body("totals.drafts", equalTo(0))
                .body("totals.returned", equalTo(0));
        given().auth().oauth2(STEERING).when().get(BASE + "/completeness")
                .then().statusCode(200)
                .body(cell.formatted("14", "FRISK_LUFT") + "status", equalTo("DRAFT"))
                .body(cell.formatted("21", "GIFTFRI_MILJO") + "status", equalTo("RETURNED"));

        for (String token : List.of(STOCKHOLM, NATURVARDSVERKET)) {
            String html = given().auth().oauth2(token).accept("text/html").when().get(BASE + "/completeness")
                    .then().statusCode(200).extract().asString();
            String gothenburgRow = html.substring(html.indexOf("14 Västra Götalands län"));
            gothenburgRow = gothenburgRow.substring(0, gothenburgRow.indexOf("</tr>"));
            assertFalse(html.contains("Hemligt utkast"), html);
            assertFalse(html.contains("vedeldning i Gävle"), html);
            assertFalse(gothenburgRow.contains("Utkast"), gothenburgRow);
            assertFalse(gothenburgRow.contains("class=\"no\""), gothenburgRow);
            assertTrue(gothenburgRow.contains("Saknas"), gothenburgRow);
        }
        String steering = given().auth().oauth2(STEERING).accept("text/html").when().get(BASE + "/completeness")
                .then().statusCode(200).extract().asString();
        assertTrue(steering.contains("Hemligt utkast"), steering);
    }

    @Test
    void compilationsCountOnlySubmittedFollowUpsForEveryReader() {
        Round r = round();
        for (String token : List.of(STOCKHOLM, NATURVARDSVERKET, STEERING)) {
            given().auth().oauth2(token).when().get(BASE + "/compilation/FRISK_LUFT")
                    .then().statusCode(200)
                    .body("counties.countyCode", equalTo(List.of("21")))
                    .body("missingCounties.code", equalTo(List.of("01", "14")));
            String csv = given().auth().oauth2(token).accept("text/csv").when().get(BASE + "/compilation/FRISK_LUFT")
                    .then().statusCode(200).extract().asString();
            assertFalse(csv.contains("Hemligt utkast"), csv);
            given().auth().oauth2(token).when().get(BASE + "/compilation")
                    .then().statusCode(200)
                    .body("find { it.objectiveCode == 'GIFTFRI_MILJO' }.reportedCounties", equalTo(0));
        }
        given().auth().oauth2(VASTRA_GOTALAND).when().get(BASE + "/submissions/" + r.gothenburgDraft())
                .then().statusCode(200).body("summary", equalTo(GOTHENBURG_DRAFT_TEXT));
    }
}
