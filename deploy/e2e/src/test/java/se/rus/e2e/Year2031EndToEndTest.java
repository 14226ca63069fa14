package se.rus.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The second proven year: the invented year 2031 ({@code src/test/resources/year2031}), a surplus year in the first
 * year of goal period 2031–2033, entered through the fine-grained APIs of the four running services, must come out
 * of reporting-service with exactly the figures {@code expected.py} computes from the raw dataset, in JSON and in
 * Markdown; approval must wait for the one missing outcome; the RÅU matrix must show the returned, the late and the
 * missing submission.
 */
@ExtendWith(SharedSuite.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Year2031EndToEndTest {

    private static final int YEAR = 2031;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RunningSuite suite;
    private static Year2031Loader loader;
    private static JsonNode expected;

    @BeforeAll
    static void load2031(RunningSuite running) throws Exception {
        suite = running;
        Path dir = suite.root.resolve("deploy/e2e/src/test/resources/year2031");
        expected = JSON.readTree(expectedFigures(dir));
        loader = new Year2031Loader(suite, dir.resolve("dataset.json"));
        loader.load();
    }

    /**
     * The committed expected.json, after checking that expected.py still computes exactly it from the dataset
     * (when python3 is installed; otherwise the committed file is trusted as it is).
     */
    private static String expectedFigures(Path dir) throws IOException, InterruptedException {
        String committed = Files.readString(dir.resolve("expected.json"), StandardCharsets.UTF_8);
        Process python;
        try {
            python = new ProcessBuilder("python3", dir.resolve("expected.py").toString(), "--stdout")
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException noPython) {
            System.out.println("python3 not found: using the committed expected.json as it is");
            return committed;
        }
        String computed = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, python.waitFor(), "expected.py failed");
        assertEquals(committed, computed, "expected.json is out of date: run python3 " + dir.resolve("expected.py"));
        return committed;
    }

    @Test
    @Order(1)
    void reportJsonShowsTheExpectedFigures() {
        JsonNode report = settledReport(expected.at("/activities/byStatus"));
        JsonNode activities = expected.get("activities");

        assertEquals(texts(activities.get("areas")), values(report.get("areas"), "name"));
        assertEquals(ints(activities.get("perArea")), sizes(report.get("areas"), "activities"));
        assertEquals(activities.get("byStatus"), statusCounts(report));
        assertEquals(activities.get("prioritised").asInt(), count(activities(report), a -> a.get("prioritised").asBoolean()));
        activities.get("developmentEffort").fields().forEachRemaining(effort -> assertEquals(effort.getValue().asInt(),
                count(activities(report), a -> a.get("developmentEffort").asText().equals(effort.getKey())), effort.getKey()));

        JsonNode days = activities.get("days");
        assertSameNumber(days.get("total"), report.get("totalPlannedDays"), "totalPlannedDays");
        for (int i = 0; i < days.get("perArea").size(); i++) {
            JsonNode area = report.get("areas").get(i);
            assertSameNumber(days.get("perArea").get(i).get("plannedDays"), area.get("plannedDays"), area.get("name").asText());
            assertTrue(area.get("previousPlannedDays").isNull(), "2030 has no plan: " + area);
        }

        JsonNode economy = report.get("economy");
        JsonNode expectedEconomy = expected.get("economy");
        for (int i = 0; i < expectedEconomy.get("posts").size(); i++) {
            JsonNode post = expectedEconomy.get("posts").get(i);
            JsonNode shown = economy.get("posts").get(i);
            for (String field : List.of("name", "budget", "outcome", "difference")) {
                assertEquals(post.get(field).asText(), shown.get(field).asText(), post.get("name") + " " + field);
            }
            assertTrue(shown.get("previousBudget").isNull() && shown.get("previousOutcome").isNull(), "2030 has no posts: " + shown);
        }
        assertEquals(expectedEconomy.get("posts").size(), economy.get("posts").size());
        for (String field : List.of("totalBudget", "totalOutcome", "totalDifference", "totalCoFinancing", "totalOutsideFunds")) {
            assertEquals(expectedEconomy.get(field).asText(), economy.get(field).asText(), field);
        }
        assertEquals(expectedEconomy.get("result"), economy.get("result"));
        assertEquals(expectedEconomy.get("resultAfterCoFinancing"), economy.get("resultAfterCoFinancing"));
        assertEquals(expectedEconomy.get("coFinancing"), funds(economy.get("coFinancing")));
        assertEquals(expectedEconomy.get("outsideFunds"), funds(economy.get("outsideFunds")));
        assertEquals("0.00", economy.get("deficit").asText(), "a surplus year has no deficit");
        assertEquals("0.00", economy.get("deficitAfterCoFinancing").asText());

        JsonNode goals = expected.get("goals");
        assertEquals(goals.get("total").asInt(), report.get("goals").size());
        int index = 0;
        for (JsonNode area : goals.get("perArea")) {
            for (JsonNode goal : area.get("goals")) {
                JsonNode shown = report.get("goals").get(index++);
                String what = goal.get("key").asText() + " " + goal.get("text").asText();
                assertEquals(area.get("area").asText(), shown.get("area").asText(), what);
                assertEquals(goal.get("text").asText(), shown.get("text").asText(), what);
                assertEquals(2031, shown.get("periodStart").asInt(), what);
                assertEquals(2033, shown.get("periodEnd").asInt(), what);
                for (String field : List.of("valuation", "valuedYear", "previousValuation", "previousGoalExisted", "finalYear")) {
                    assertEquals(goal.get(field), shown.get(field), what + " " + field);
                }
                String predecessorId = goal.get("predecessorKey").isNull() ? null
                        : loader.goalId(goal.get("predecessorKey").asText()).toString();
                assertEquals(predecessorId, shown.get("predecessorId").isNull() ? null : shown.get("predecessorId").asText(),
                        what + " predecessorId");
            }
        }
    }

    @Test
    @Order(2)
    void checksWarnOfGoalsNotValuedYetAndRefuseOnlyTheMissingOutcome() {
        settledReport(expected.at("/activities/byStatus"));
        JsonNode checks = get("/api/v1/reports/{year}/checks", "application/json");
        Map<String, Integer> errors = codes(checks, "ERROR");
        Map<String, Integer> warnings = codes(checks, "WARNING");
        Map<String, Integer> expectedErrors = new LinkedHashMap<>();
        expected.at("/checks/errorsBeforeLateOutcome").fields().forEachRemaining(e -> {
            if (e.getValue().asInt() > 0) {
                expectedErrors.put(e.getKey(), e.getValue().asInt());
            }
        });
        assertEquals(expectedErrors, errors, checks.toPrettyString());
        assertEquals(expected.at("/checks/warnings/GOAL_NOT_VALUED_YET").asInt(),
                warnings.getOrDefault("GOAL_NOT_VALUED_YET", 0), checks.toPrettyString());
        assertFalse(checks.get("approvable").asBoolean());
        List<String> subjects = new ArrayList<>();
        checks.get("items").forEach(item -> {
            if (item.get("code").asText().equals("ACTIVITY_WITHOUT_OUTCOME")) {
                subjects.add(item.get("subject").asText());
            }
        });
        assertEquals(texts(expected.at("/activities/withoutOutcome")), subjects);
    }

    @Test
    @Order(3)
    void markdownShowsTheSurplusCoFinancingDaysAndGoalsNotValuedYet() {
        settledReport(expected.at("/activities/byStatus"));
        String markdown = as("rus-working-group").accept("text/markdown").get("/api/v1/reports/{year}", YEAR)
                .then().statusCode(200).extract().asString();
        JsonNode economy = expected.get("economy");

        assertContains(markdown, economy.at("/result/text").asText());
        assertContains(markdown, economy.at("/resultAfterCoFinancing/text").asText());
        assertFalse(markdown.contains("Inget underskott"), "a surplus is worded as one");
        for (int i = 0; i < economy.get("posts").size(); i++) {
            JsonNode figures = economy.at("/swedish/posts/" + i);
            assertTableRow(markdown, economy.get("posts").get(i).get("name").asText(), figures.get("budget").asText(),
                    figures.get("outcome").asText(), figures.get("difference").asText());
        }
        for (int i = 0; i < economy.get("coFinancing").size(); i++) {
            JsonNode funds = economy.get("coFinancing").get(i);
            assertTableRow(markdown, funds.get("source").asText(), economy.at("/swedish/coFinancing/" + i).asText(),
                    funds.get("description").asText());
        }
        assertTableRow(markdown, "Summa", economy.at("/swedish/totalCoFinancing").asText());
        assertTableRow(markdown, "Summa RUS", economy.at("/swedish/totalBudget").asText(),
                economy.at("/swedish/totalOutcome").asText(), economy.at("/swedish/totalDifference").asText());
        economy.get("outsideFunds").forEach(funds -> assertTableRow(markdown, funds.get("source").asText()));

        JsonNode days = expected.at("/activities/days");
        assertTableRow(markdown, "Summa", days.get("totalSwedish").asText());
        days.get("perArea").forEach(area -> {
            assertTableRow(markdown, area.get("name").asText(), area.get("swedish").asText());
            assertContains(markdown, area.get("swedish").asText() + " dagar");
        });

        for (JsonNode area : expected.at("/goals/perArea")) {
            for (JsonNode goal : area.get("goals")) {
                String entry = goalEntry(markdown, goal.get("text").asText());
                assertEquals(goal.get("valuation").isNull(), entry.contains("Ej värderat ännu"), entry);
            }
        }
        activities().forEach(title -> assertContains(markdown, title));
    }

    @Test
    @Order(4)
    void approvalIsRefusedUntilTheMissingOutcomeIsRecorded() {
        settledReport(expected.at("/activities/byStatus"));
        Map<String, String> approval = Map.of("approvedAt", loader.data().at("/approval/approvedAt").asText());
        as("rus-steering").contentType("application/json").body(approval)
                .post("/api/v1/reports/{year}/approvals", YEAR).then().statusCode(409);

        loader.recordLateOutcomes();
        settledReport(expected.at("/activities/byStatusAfterLateOutcome"));
        JsonNode checks = get("/api/v1/reports/{year}/checks", "application/json");
        assertEquals(Map.of(), codes(checks, "ERROR"), checks.toPrettyString());
        assertTrue(checks.get("approvable").asBoolean(), checks.toPrettyString());

        as("rus-steering").contentType("application/json").body(approval)
                .post("/api/v1/reports/{year}/approvals", YEAR).then().statusCode(201);
        JsonNode approved = get("/api/v1/reports/{year}/approved", "application/json");
        assertEquals("APPROVED", approved.get("status").asText());
        assertEquals(expected.at("/economy/resultAfterCoFinancing"), approved.at("/economy/resultAfterCoFinancing"));
    }

    @Test
    @Order(5)
    void rauShowsTheReturnedTheLateAndTheMissingSubmission() {
        JsonNode rau = expected.get("rau");
        JsonNode matrix = followup("/api/v1/rau/{year}/completeness");
        JsonNode totals = matrix.get("totals");
        assertEquals(rau.get("expected").asInt(), totals.get("expected").asInt());
        assertEquals(rau.get("missing").asInt(), totals.get("missing").asInt());
        assertEquals(rau.get("returned").asInt(), totals.get("returned").asInt());
        Map.of("DRAFT", "drafts", "SUBMITTED", "submitted", "ACCEPTED", "accepted").forEach((status, total) ->
                assertEquals(rau.at("/byStatus/" + status).asInt(), totals.get(total).asInt(), status));
        rau.get("returnedCells").forEach(cell -> assertEquals("RETURNED", cell(matrix, cell).get("status").asText()));
        rau.get("missingCells").forEach(cell -> {
            JsonNode shown = cell(matrix, cell);
            assertTrue(shown.get("applicable").asBoolean() && shown.get("status").isNull(), shown.toString());
        });
        rau.get("lateCells").forEach(cell -> {
            JsonNode shown = cell(matrix, cell);
            assertTrue(shown.get("late").asBoolean(), "late: " + shown);
            assertNotNull(shown.get("submittedAt").textValue(), "submitted at: " + shown);
        });
        // every submission of this run is sent after the deadline it was opened with (see Year2031Loader)
        assertEquals(rau.get("submissions").asInt(), totals.get("late").asInt());

        JsonNode compilations = followup("/api/v1/rau/{year}/compilation");
        rau.get("compilationMissingCountyCodes").fields().forEachRemaining(objective -> {
            JsonNode summary = StreamSupport.stream(compilations.spliterator(), false)
                    .filter(c -> c.get("objectiveCode").asText().equals(objective.getKey())).findFirst().orElseThrow();
            assertEquals(objective.getValue(), summary.get("missingCountyCodes"), objective.getKey());
        });
        String page = given().baseUri(suite.urls.get("followup").toString()).auth().oauth2(suite.token("rus-working-group"))
                .accept("text/html").get("/api/v1/rau/{year}/completeness", YEAR).then().statusCode(200).extract().asString();
        assertContains(page, "Gävleborgs län");
    }

    /** Waits until reporting-service has taken in every event of the year, then answers its report. */
    private static JsonNode settledReport(JsonNode statusCounts) {
        JsonNode economy = expected.get("economy");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode report = get("/api/v1/reports/{year}", "application/json");
            assertEquals(statusCounts, statusCounts(report));
            assertEquals(expected.at("/goals/valued").asInt(), count(report.get("goals"), g -> !g.get("valuation").isNull()));
            assertEquals(count(expectedGoals(), g -> !g.get("previousValuation").isNull()),
                    count(report.get("goals"), g -> !g.get("previousValuation").isNull()));
            assertEquals(economy.get("totalOutcome").asText(), report.at("/economy/totalOutcome").asText());
            assertEquals(economy.get("coFinancing").size(), report.at("/economy/coFinancing").size());
            assertEquals(economy.get("outsideFunds").size(), report.at("/economy/outsideFunds").size());
        });
        return get("/api/v1/reports/{year}", "application/json");
    }

    private static JsonNode get(String path, String accept) {
        return read(as("rus-working-group").accept(accept).get(path, YEAR).then().statusCode(200).extract().asString());
    }

    private static JsonNode followup(String path) {
        return read(given().baseUri(suite.urls.get("followup").toString()).auth().oauth2(suite.token("rus-working-group"))
                .accept("application/json").get(path, YEAR).then().statusCode(200).extract().asString());
    }

    private static RequestSpecification as(String role) {
        return given().baseUri(suite.urls.get("reporting").toString()).auth().oauth2(suite.token(role));
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private static JsonNode statusCounts(JsonNode report) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        expected.at("/activities/byStatus").fieldNames().forEachRemaining(status -> counts.put(status, 0));
        activities(report).forEach(a -> counts.merge(a.get("status").isNull() ? "WITHOUT_OUTCOME" : a.get("status").asText(), 1, Integer::sum));
        return JSON.valueToTree(counts);
    }

    private static List<JsonNode> activities(JsonNode report) {
        List<JsonNode> all = new ArrayList<>();
        report.get("areas").forEach(area -> area.get("activities").forEach(all::add));
        return all;
    }

    private static List<String> activities() {
        List<String> titles = new ArrayList<>();
        loader.data().at("/plan/areas").forEach(area -> area.get("activities").forEach(a -> titles.add(a.get("title").asText())));
        return titles;
    }

    private static List<JsonNode> expectedGoals() {
        List<JsonNode> all = new ArrayList<>();
        expected.at("/goals/perArea").forEach(area -> area.get("goals").forEach(all::add));
        return all;
    }

    private static int count(Iterable<JsonNode> nodes, Predicate<JsonNode> which) {
        return (int) StreamSupport.stream(nodes.spliterator(), false).filter(which).count();
    }

    private static Map<String, Integer> codes(JsonNode checks, String severity) {
        Map<String, Integer> codes = new LinkedHashMap<>();
        checks.get("items").forEach(item -> {
            if (item.get("severity").asText().equals(severity)) {
                codes.merge(item.get("code").asText(), 1, Integer::sum);
            }
        });
        return codes;
    }

    /** The report's funds rows as {source, amount, description}, the shape expected.json has. */
    private static JsonNode funds(JsonNode rows) {
        List<Map<String, String>> shown = new ArrayList<>();
        rows.forEach(row -> {
            Map<String, String> funds = new LinkedHashMap<>();
            funds.put("source", row.get("source").asText());
            funds.put("amount", row.get("amount").asText());
            funds.put("description", row.get("description").asText());
            shown.add(funds);
        });
        return JSON.valueToTree(shown);
    }

    private static JsonNode cell(JsonNode matrix, JsonNode which) {
        for (JsonNode county : matrix.get("counties")) {
            if (county.get("code").asText().equals(which.get("countyCode").asText())) {
                for (JsonNode cell : county.get("cells")) {
                    if (cell.get("objectiveCode").asText().equals(which.get("objectiveCode").asText())) {
                        return cell;
                    }
                }
            }
        }
        throw new AssertionError("no cell " + which + " in " + matrix.toPrettyString());
    }

    /** A goal's entry in Bilaga 2: from its text to the next list item or heading. */
    private static String goalEntry(String markdown, String goalText) {
        int start = markdown.indexOf(goalText);
        assertTrue(start >= 0, "goal missing from the Markdown: " + goalText);
        int end = markdown.length();
        for (String next : List.of("\n- ", "\n#", "\n\n")) {
            int at = markdown.indexOf(next, start + goalText.length());
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return markdown.substring(start, end);
    }

    /** A Markdown table row (bold or not) that starts with {@code first} and has every one of {@code cells}. */
    private static void assertTableRow(String markdown, String first, String... cells) {
        assertTrue(markdown.lines().map(line -> line.replace("**", "")).anyMatch(line -> line.startsWith("| " + first + " |")
                        && List.of(cells).stream().allMatch(cell -> line.contains("| " + cell + " |"))),
                "no table row " + first + " with " + List.of(cells));
    }

    private static void assertContains(String text, String part) {
        assertTrue(text.contains(part), "missing: " + part);
    }

    private static void assertSameNumber(JsonNode expectedDecimal, JsonNode shown, String what) {
        assertNotNull(shown, what);
        assertEquals(0, new BigDecimal(expectedDecimal.asText()).compareTo(shown.decimalValue()), what + ": " + shown);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.get(field).asText()));
        return values;
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asInt()));
        return values;
    }

    private static List<Integer> sizes(JsonNode array, String field) {
        List<Integer> values = new ArrayList<>();
        array.forEach(v -> values.add(v.get(field).size()));
        return values;
    }
}
