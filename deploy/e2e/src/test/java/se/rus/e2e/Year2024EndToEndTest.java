package se.rus.e2e;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proof that the suite does its job: the real 2024 year, entered through the public APIs of
 * the four running services, comes out of reporting-service as the 2024 annual report.
 */
@ExtendWith(SharedSuite.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Year2024EndToEndTest {

    private static RunningSuite suite;
    private static Path dataset;

    @BeforeAll
    static void load2024(RunningSuite running) throws Exception {
        suite = running;
        dataset = suite.root.resolve("deploy/data/2024");
        suite.loader().load(dataset, 2024);
    }

    private static RequestSpecification as(String role) {
        return given().baseUri(suite.urls.get("reporting").toString()).auth().oauth2(suite.token(role));
    }

    private static JsonPath settledReport() {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonPath report = as("rus-working-group").get("/api/v1/reports/2024?format=json")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(27, report.getList("areas.activities.flatten().findAll { it.status != null }").size());
            assertEquals(15, report.getList("goals.findAll { it.valuation != null }").size());
            assertEquals("4945601.42", report.getString("economy.totalOutcome"));
        });
        return as("rus-working-group").get("/api/v1/reports/2024?format=json").then().extract().jsonPath();
    }

    @Test
    @Order(1)
    void reportReproducesThe2024Figures() {
        JsonPath report = settledReport();
        assertEquals(List.of("Miljömålsuppföljning", "Stöd i åtgärdsarbetet", "Kommunikation och organisation"),
                report.getList("areas.name"));
        assertEquals(List.of(5, 17, 5), report.getList("areas.collect { it.activities.size() }"));
        assertEquals(23, report.getList("areas.activities.flatten().findAll { it.status == 'DONE_AS_PLANNED' }").size());
        assertEquals(4, report.getList("areas.activities.flatten().findAll { it.status == 'PARTLY_DONE' }").size());
        assertEquals(15, report.getList("areas.activities.flatten().findAll { it.prioritised }").size());
        assertEquals(List.of(247, 381, 167), report.getList("areas.plannedDays", Integer.class));

        assertEquals(List.of("3700000.00", "200000.00", "550000.00", "50000.00"), report.getList("economy.posts.budget"));
        assertEquals(List.of("4259660.71", "234440.00", "451500.71", "0.00"), report.getList("economy.posts.outcome"));
        assertEquals("4500000.00", report.getString("economy.totalBudget"));
        assertEquals("4945601.42", report.getString("economy.totalOutcome"));
        assertEquals("445601.42", report.getString("economy.deficit"));
        assertEquals("225601.42", report.getString("economy.deficitAfterCoFinancing"));

        assertEquals(15, report.getList("goals").size());
        assertEquals(List.of(6, 7, 2), List.of(
                report.getList("goals.findAll { it.area == 'Miljömålsuppföljning' }").size(),
                report.getList("goals.findAll { it.area == 'Stöd i åtgärdsarbetet' }").size(),
                report.getList("goals.findAll { it.area == 'Kommunikation och organisation' }").size()));
        assertEquals(expectedValuations(), report.getList("goals.collect { [it.valuation, it.previousValuation] }"));
    }

    @Test
    @Order(2)
    void loadingTwiceChangesNothing() throws Exception {
        String before = settledReport().prettify();
        suite.loader().load(dataset, 2024);
        Thread.sleep(3000);
        assertEquals(before, settledReport().prettify());
        given().baseUri(suite.urls.get("finance").toString()).auth().oauth2(suite.token("rus-working-group"))
                .get("/api/v1/years/2024/ledger-entries?size=200")
                .then().statusCode(200).body("totalItems", equalTo(14));
    }

    @Test
    @Order(3)
    void theDraftNeverSaysItIsApproved() {
        settledReport();
        as("naturvardsverket").get("/api/v1/reports/2024/approved").then().statusCode(404);
        as("naturvardsverket").get("/api/v1/reports/2024").then().statusCode(403);
        String draft = as("rus-working-group").get("/api/v1/reports/2024?format=markdown")
                .then().statusCode(200).extract().asString();
        assertTrue(draft.contains("*Utkast – inte godkänt*"), draft);
        assertTrue(!draft.contains("är godkänd av"), "a draft states no approval");
    }

    /** As {@code deploy/local/up} loads 2024: the steering group's approval of 2025-02-05 replayed from approval.json. */
    @Test
    @Order(4)
    void theRecordedApprovalIsReplayedAndNaturvardsverketPullsTheApprovedVersion() throws Exception {
        settledReport();
        assertTrue(suite.loader().approve(dataset, 2024));
        assertTrue(!suite.loader().approve(dataset, 2024), "an approved year is not approved again");
        as("rus-working-group").get("/api/v1/reports/2024/versions").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].approvedAt", equalTo("2025-02-05"))
                .body("items[0].body", equalTo("RUS styrgrupp"));
        String etag = as("naturvardsverket").get("/api/v1/reports/2024/approved")
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("version", equalTo(1))
                .body("approvalLine", equalTo("Verksamhetsberättelsen är godkänd av RUS styrgrupp vid mötet 2025-02-05 "
                        + "och i länsrådsutskott för miljö och energi genom kontaktlänsråd för miljömålen."))
                .body("economy.deficitAfterCoFinancing", equalTo("225601.42"))
                .extract().header("ETag");
        assertTrue(etag != null && !etag.isBlank());
        as("naturvardsverket").header("If-None-Match", etag).get("/api/v1/reports/2024/approved")
                .then().statusCode(304);

        // the golden file is the approved version, as Naturvårdsverket pulls it
        String markdown = as("naturvardsverket").get("/api/v1/reports/2024?format=markdown")
                .then().statusCode(200).extract().asString();
        Path golden = suite.root.resolve("deploy/e2e/src/test/resources/golden/rus-verksamhetsberattelse-2024.md");
        if (Boolean.getBoolean("rus.golden.update")) {
            Files.writeString(golden, markdown, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), markdown);
    }

    /** [valuation, previousValuation] of the 15 goals in Bilaga 2 order, as the seed report states them. */
    private static List<List<Integer>> expectedValuations() {
        return List.of(List.of(1, 1), List.of(2, 2), List.of(2, 2), List.of(2, 3), List.of(1, 2), List.of(2, 1),
                List.of(1, 1), List.of(1, 2), List.of(2, 2), List.of(1, 2), List.of(1, 1), List.of(1, 1),
                java.util.Arrays.asList(1, null), List.of(1, 1), java.util.Arrays.asList(2, null));
    }
}
