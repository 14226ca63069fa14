package se.rus.reporting.lifecycle;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.reporting.support.ContractEvents;
import se.rus.reporting.support.PdfText;
import se.rus.reporting.support.YearFixture;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rus.reporting.support.ContractEvents.data;
import static se.rus.reporting.support.ContractEvents.paragraphs;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class ReportLifecycleTest {

    private static final int YEAR = 2008;
    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    private static final String STEERING = RusTestInfrastructure.token("rus-steering");
    private static final String NATURVARDSVERKET = RusTestInfrastructure.token("naturvardsverket");
    private static final String COUNTY = RusTestInfrastructure.countyToken("21");
    private static final String REPORT = "/api/v1/reports/" + YEAR;

    @Test
    void approvalFreezesAVersionAndReopeningLeadsToTheNext() throws Exception {
        YearFixture fixture = new YearFixture(YEAR);
        fixture.all().forEach(ContractEvents.Sent::send);
        fixture.awaitComplete(WORKING_GROUP);

        // Naturvårdsverket reads only approved versions; none exists yet
        given().auth().oauth2(NATURVARDSVERKET).when().get(REPORT)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(NATURVARDSVERKET).when().get(REPORT + "/approved").then().statusCode(404);
        given().auth().oauth2(COUNTY).when().get(REPORT).then().statusCode(200).body("status", equalTo("DRAFT"));

        // without texts the checks have an error, so approval is refused
        given().auth().oauth2(STEERING).when().get(REPORT + "/checks")
                .then().statusCode(200).body("errors", equalTo(1)).body("items[0].code", equalTo("MISSING_TITLE"));
        approve(STEERING, Map.of("approvedAt", YEAR + 1 + "-02-05"))
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("MISSING_TITLE"));
        approve(WORKING_GROUP, Map.of("approvedAt", YEAR + 1 + "-02-05")).then().statusCode(403);
        approve(STEERING, Map.of("override", false)).then().statusCode(400).body("errors[0].field", equalTo("approvedAt"));
        approve(STEERING, Map.of("approvedAt", YEAR + 1 + "-02-05", "override", true))
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));

        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(fixture.draft())
                .when().put(REPORT + "/draft").then().statusCode(201);
        given().auth().oauth2(STEERING).when().get(REPORT + "/checks").then().body("errors", equalTo(0));
        given().auth().oauth2(WORKING_GROUP).accept("text/markdown").when().get(REPORT)
                .then().statusCode(200).body(containsString("*Utkast – inte godkänt*"))
                .body(not(containsString("godkänd av")));

        // an approval lies between the start of the reported year and today (Swedish time), never in the future
        for (String outside : List.of(YEAR - 1 + "-12-31", "2037-02-05", "+99999-02-05",
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).plusDays(1).toString())) {
            approve(STEERING, Map.of("approvedAt", outside)).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("approvedAt"));
        }
        given().auth().oauth2(WORKING_GROUP).when().get(REPORT + "/versions").then().body("totalItems", equalTo(0));

        String etag = approve(STEERING, Map.of("approvedAt", YEAR + 1 + "-02-05",
                "furtherApproval", "i länsrådsutskott för miljö och energi"))
                .then().statusCode(201)
                .header("Location", endsWith(REPORT + "/versions/1"))
                .header("ETag", startsWith("\"sha256-"))
                .body("version", equalTo(1))
                .body("approvedAt", equalTo(YEAR + 1 + "-02-05"))
                .body("approvedBy", equalTo("test-rus-steering"))
                .body("body", equalTo("RUS styrgrupp"))
                .body("furtherApproval", equalTo("i länsrådsutskott för miljö och energi"))
                .extract().header("ETag");

        given().auth().oauth2(NATURVARDSVERKET).when().get(REPORT)
                .then().statusCode(200).header("ETag", equalTo(etag))
                .body("status", equalTo("APPROVED")).body("version", equalTo(1))
                .body("approvedAt", equalTo(YEAR + 1 + "-02-05"))
                .body("approvalLine", equalTo("Verksamhetsberättelsen är godkänd av RUS styrgrupp vid mötet " + (YEAR + 1)
                        + "-02-05 och i länsrådsutskott för miljö och energi."));
        // the frozen JSON still carries economy.deficit and deficitAfterCoFinancing, and says until when (CHANGELOG.md)
        given().auth().oauth2(NATURVARDSVERKET).when().get(REPORT + "/approved")
                .then().statusCode(200).header("ETag", equalTo(etag))
                .header("Deprecation", equalTo("@1795996800")).header("Sunset", equalTo("Tue, 01 Jun 2027 00:00:00 GMT"));
        given().auth().oauth2(NATURVARDSVERKET).header("If-None-Match", etag).when().get(REPORT + "/approved")
                .then().statusCode(304);
        given().auth().oauth2(NATURVARDSVERKET).header("If-None-Match", "\"sha256-old\"").when().get(REPORT + "/approved")
                .then().statusCode(200);

        // events after approval change the live model but never version 1
        UUID late = UUID.randomUUID();
        ContractEvents.event(ContractEvents.PLANNING, YEAR, "se.rus.planning.ActivityPlanned.v1", late, data("id", late,
                        "planId", fixture.plan, "year", YEAR, "areaId", fixture.areaSupport, "areaName", "Stöd i åtgärdsarbetet",
                        "position", 3, "title", "Kulturmiljö", "description", paragraphs("Sent tillagd."),
                        "plannedDays", 10, "extraDays", null, "extraEffortNote", null, "prioritised", false,
                        "developmentEffort", "NONE", "responsible", List.of())).send();
        fixture.entry(fixture.other, "Övrigt", "5000.00", "DIRECT_SPEND").send();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(STEERING).when().get(REPORT + "/checks")
                        .then().body("items.subject", hasItem("Kulturmiljö")));
        given().auth().oauth2(WORKING_GROUP).when().get(REPORT + "/versions/1")
                .then().statusCode(200).header("ETag", equalTo(etag)).header("Deprecation", equalTo("@1795996800"))
                .body("areas[1].activities.title", not(hasItem("Kulturmiljö")))
                .body("economy.posts[2].outcome", equalTo("0.00"));
        given().auth().oauth2(WORKING_GROUP).when().get(REPORT)
                .then().statusCode(200).header("ETag", equalTo(etag)).body("status", equalTo("APPROVED"));

        approve(STEERING, Map.of("approvedAt", YEAR + 1 + "-02-06")).then().statusCode(409);
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(fixture.draft()).header("If-Match", "*")
                .when().put(REPORT + "/draft").then().statusCode(409);

        // every rendering of version 1 was stored at approval
        given().auth().oauth2(NATURVARDSVERKET).when().get(REPORT + "/versions/1?format=markdown")
                .then().statusCode(200).contentType(startsWith("text/markdown"))
                .header("ETag", equalTo(etag.substring(0, etag.length() - 1) + "-markdown\""))
                .header("Deprecation", nullValue()).header("Sunset", nullValue())
                .body(containsString("*Godkänd version 1 (" + (YEAR + 1) + "-02-05)*"));
        given().auth().oauth2(NATURVARDSVERKET).accept("text/html").when().get(REPORT + "/versions/1")
                .then().statusCode(200).contentType(startsWith("text/html")).body(containsString("<svg"));
        byte[] pdf = given().auth().oauth2(NATURVARDSVERKET).when().get(REPORT + "/approved?format=pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text = PdfText.of(pdf);
        assertTrue(text.contains(PdfText.squash("Godkänd version 1")), text);
        assertTrue(!text.contains("Kulturmiljö"), "version 1 is frozen");

        // reopening
        given().auth().oauth2(STEERING).contentType(ContentType.JSON).body(Map.of())
                .when().post(REPORT + "/reopenings").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(Map.of("reason", "Ny aktivitet"))
                .when().post(REPORT + "/reopenings").then().statusCode(403);
        given().auth().oauth2(STEERING).contentType(ContentType.JSON)
                .body(Map.of("reason", "Kulturmiljö lades till i planen efter godkännandet"))
                .when().post(REPORT + "/reopenings")
                .then().statusCode(201).body("afterVersion", equalTo(1)).body("reopenedBy", equalTo("test-rus-steering"));
        given().auth().oauth2(STEERING).contentType(ContentType.JSON).body(Map.of("reason", "igen"))
                .when().post(REPORT + "/reopenings").then().statusCode(409);

        given().auth().oauth2(WORKING_GROUP).when().get(REPORT)
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("version", nullValue())
                .body("areas[1].activities.title", hasItem("Kulturmiljö"))
                .body("economy.posts[2].outcome", equalTo("5000.00"));
        // Naturvårdsverket keeps reading version 1 meanwhile, told that a revision is under way
        given().auth().oauth2(NATURVARDSVERKET).when().get(REPORT)
                .then().statusCode(200).body("status", equalTo("REOPENED")).body("version", equalTo(1))
                .body("areas[1].activities.title", not(hasItem("Kulturmiljö")))
                .header("ETag", not(equalTo(etag)));
        given().auth().oauth2(NATURVARDSVERKET).when().get(REPORT + "?format=markdown")
                .then().statusCode(200)
                .body(containsString("*Godkänd version 1 (" + (YEAR + 1) + "-02-05) – en revidering pågår; detta är den senast godkända versionen*"))
                .body(containsString("godkänd av RUS styrgrupp vid mötet " + (YEAR + 1) + "-02-05"));
        given().auth().oauth2(NATURVARDSVERKET).when().get(REPORT + "/approved")
                .then().statusCode(200).body("version", equalTo(1));

        // the new activity has no outcome: approval needs an explicit override with a reason
        approve(STEERING, Map.of("approvedAt", YEAR + 1 + "-03-01")).then().statusCode(409)
                .body("detail", containsString("ACTIVITY_WITHOUT_OUTCOME"));
        approve(STEERING, Map.of("approvedAt", YEAR + 1 + "-03-01", "override", true,
                "reason", "Kulturmiljö följs upp nästa år"))
                .then().statusCode(201).header("Location", endsWith(REPORT + "/versions/2"))
                .body("version", equalTo(2)).body("overrideReason", equalTo("Kulturmiljö följs upp nästa år"));

        given().auth().oauth2(NATURVARDSVERKET).when().get(REPORT + "/versions")
                .then().statusCode(200).body("items.version", equalTo(List.of(1, 2))).body("totalItems", equalTo(2));
        given().auth().oauth2(NATURVARDSVERKET).when().get(REPORT + "/approved")
                .then().statusCode(200).body("version", equalTo(2)).header("ETag", not(equalTo(etag)))
                .body("areas[1].activities.title", hasItem("Kulturmiljö"));
        given().auth().oauth2(NATURVARDSVERKET).when().get(REPORT + "/versions/1")
                .then().statusCode(200).header("ETag", equalTo(etag)).body("version", equalTo(1));
        given().auth().oauth2(NATURVARDSVERKET).when().get(REPORT + "/versions/3")
                .then().statusCode(404).contentType("application/problem+json");
        assertEquals(2, given().auth().oauth2(WORKING_GROUP).when().get(REPORT + "/versions?size=1")
                .then().statusCode(200).body("items", hasSize(1)).extract().<Integer>path("totalItems"));
    }

    @Test
    void anUnknownYearIsNotFound() {
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/2099")
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("2099"));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/2099/checks").then().statusCode(404);
        approve(STEERING, 2099, Map.of("approvedAt", "2100-02-05")).then().statusCode(404);
        given().auth().oauth2(STEERING).contentType(ContentType.JSON).body(Map.of("reason", "Varför inte"))
                .when().post("/api/v1/reports/2099/reopenings").then().statusCode(409);
    }

    @Test
    void requiresAToken() {
        given().when().get(REPORT).then().statusCode(401).contentType("application/problem+json");
        given().when().get(REPORT + "/approved").then().statusCode(401);
    }

    @Test
    void naturvardsverketCannotReadTheChecks() {
        given().auth().oauth2(NATURVARDSVERKET).when().get(REPORT + "/checks").then().statusCode(403);
    }

    @Test
    void aRetriedApprovalWithTheSameIdempotencyKeyFreezesOnce() throws Exception {
        int year = 2011;
        YearFixture fixture = new YearFixture(year);
        fixture.all().forEach(ContractEvents.Sent::send);
        fixture.awaitComplete(WORKING_GROUP);
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(fixture.draft())
                .when().put("/api/v1/reports/" + year + "/draft").then().statusCode(201);
        Map<String, Object> approval = Map.of("approvedAt", "2012-02-05");

        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().oauth2(STEERING).header("Idempotency-Key", "godkannande-2061").contentType(ContentType.JSON)
                    .body(approval).when().post("/api/v1/reports/" + year + "/approvals")
                    .then().statusCode(201).header("Location", endsWith("/versions/1")).body("version", equalTo(1));
        }
        given().auth().oauth2(STEERING).header("Idempotency-Key", "godkannande-2061").contentType(ContentType.JSON)
                .body(Map.of("approvedAt", "2012-02-06")).when().post("/api/v1/reports/" + year + "/approvals")
                .then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(STEERING).when().get("/api/v1/reports/" + year + "/versions")
                .then().statusCode(200).body("totalItems", equalTo(1));
    }

    private static io.restassured.response.Response approve(String token, Map<String, Object> body) {
        return approve(token, YEAR, body);
    }

    private static io.restassured.response.Response approve(String token, int year, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports/" + year + "/approvals");
    }
}
