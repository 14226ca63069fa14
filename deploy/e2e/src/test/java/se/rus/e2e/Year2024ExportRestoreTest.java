package se.rus.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Export and restore of a year: 2024 exported from every service of the shared suite, imported through the public
 * APIs into a second, empty suite, renders the same Markdown report, byte for byte. Runs after
 * {@link Year2024EndToEndTest} (alphabetical order), which approves 2024: an approval is the steering group's
 * decision, not data of any import, so the restore replays it (same day) once reporting has caught up.
 */
@ExtendWith(SharedSuite.class)
class Year2024ExportRestoreTest {

    private static final int YEAR = 2024;
    private static final Duration CATCH_UP = Duration.ofMinutes(4);
    /** The report's lines that say whether it is a draft or which approved version it is, and by whom it was approved. */
    private static final Pattern STATUS_LINE = Pattern.compile(
            // the approval sentence is a paragraph of its own only in an approved version: it goes with its blank line
            "(?m)^\\*(Utkast – inte godkänt|Godkänd version [^*]*)\\*$|^Verksamhetsberättelsen är godkänd av .*\\n\\n");

    /** Each service's export and the PUT that takes it back, in the order the loader imports. */
    private record Transfer(String service, String export, String importPath) {
    }

    private static final List<Transfer> TRANSFERS = List.of(
            new Transfer("planning", "/api/v1/plans/2024/export", "/api/v1/plans/2024/import"),
            new Transfer("finance", "/api/v1/years/2024/export", "/api/v1/years/2024/import"),
            new Transfer("followup", "/api/v1/followups/2024/export", "/api/v1/followups/2024/import"),
            new Transfer("reporting", "/api/v1/reports/2024/export", "/api/v1/reports/2024/draft"));

    @Test
    void a2024RestoredFromItsExportsIntoAnEmptySuiteRendersTheSameReport(RunningSuite original) throws Exception {
        if (as(original, "planning", "rus-working-group").get("/api/v1/plans/" + YEAR).statusCode() == 404) {
            original.loader().load(original.root.resolve("deploy/data/2024"), YEAR);
        }
        String originalReport = settledMarkdown(original);
        Map<Transfer, String> exports = new HashMap<>();
        for (Transfer transfer : TRANSFERS) {
            exports.put(transfer, as(original, transfer.service(), "rus-working-group").get(transfer.export())
                    .then().statusCode(200).contentType(ContentType.JSON).extract().asString());
        }
        List<Map<String, Object>> approvals = as(original, "reporting", "rus-working-group")
                .get("/api/v1/reports/" + YEAR + "/versions").then().statusCode(200).extract().path("items");
        assertTrue(approvals.size() <= 1, "this test replays one approval; the original has " + approvals.size());

        try (RunningSuite restored = new RunningSuite()) {
            for (Transfer transfer : TRANSFERS) {
                // the follow-up import names activities the follow-up service learns of from planning's events only
                await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(500)).until(() -> {
                    Response response = as(restored, transfer.service(), "rus-working-group").contentType(ContentType.JSON)
                            .body(exports.get(transfer)).put(transfer.importPath());
                    assertTrue(response.statusCode() < 300 || response.statusCode() == 422,
                            transfer.importPath() + " answered " + response.statusCode() + ": " + response.asString());
                    return response.statusCode() < 300;
                });
            }
            for (Transfer transfer : TRANSFERS) {
                assertEquals(exports.get(transfer), as(restored, transfer.service(), "rus-working-group")
                        .get(transfer.export()).then().statusCode(200).extract().asString(), transfer.export());
            }
            String figures = STATUS_LINE.matcher(originalReport).replaceAll("");
            awaitReport(restored, figures);
            for (Map<String, Object> approval : approvals) {
                Map<String, Object> body = new HashMap<>();
                body.put("approvedAt", approval.get("approvedAt"));
                body.put("body", approval.get("body"));
                body.put("furtherApproval", approval.get("furtherApproval"));
                if (approval.get("overrideReason") != null) {
                    body.put("override", true);
                    body.put("reason", approval.get("overrideReason"));
                }
                as(restored, "reporting", "rus-steering").contentType(ContentType.JSON).body(body)
                        .post("/api/v1/reports/" + YEAR + "/approvals").then().statusCode(201);
            }
            assertEquals(originalReport, markdown(restored));
        }
    }

    /** The original's report once its read model has the whole 2024 year (the figures the dataset gives). */
    private static String settledMarkdown(RunningSuite suite) {
        await().atMost(CATCH_UP).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonPath report = as(suite, "reporting", "rus-working-group").get("/api/v1/reports/" + YEAR + "?format=json")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(27, report.getList("areas.activities.flatten().findAll { it.status != null }").size());
            assertEquals(15, report.getList("goals.findAll { it.valuation != null }").size());
            assertEquals("4945601.42", report.getString("economy.totalOutcome"));
        });
        return markdown(suite);
    }

    /** Waits until the suite's Markdown, its status line aside, is {@code figures} (a failure shows the difference). */
    private static void awaitReport(RunningSuite suite, String figures) {
        await().atMost(CATCH_UP).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertEquals(figures, STATUS_LINE.matcher(markdown(suite)).replaceAll("")));
    }

    private static String markdown(RunningSuite suite) {
        return as(suite, "reporting", "rus-working-group").get("/api/v1/reports/" + YEAR + "?format=markdown")
                .then().statusCode(200).extract().asString();
    }

    private static RequestSpecification as(RunningSuite suite, String service, String role) {
        return given().baseUri(suite.urls.get(service).toString()).auth().oauth2(suite.token(role));
    }
}
