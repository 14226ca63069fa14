package se.rus.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final String NOT_VALUED_YET = "Ej värderat ännu";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RunningSuite suite;
    private static Year2031Loader loader;
    private static JsonNode expected;
    private static final List<String[]> FIGURES = new ArrayList<>();

    @BeforeAll
    static void load2031(RunningSuite running) throws Exception {
        suite = running;
        Path dir = suite.root.resolve("deploy/e2e/src/test/resources/year2031");
        expected = JSON.readTree(expectedFigures(dir));
        loader = new Year2031Loader(suite, dir.resolve("dataset.json"));
        loader.load();
    }

    /** {@code deploy/e2e/target/year2031-figures.md}: every figure checked, expected next to shown, for review. */
    @AfterAll
    static void writeFigures() throws IOException {
        if (suite == null) {
            return;
        }
        StringBuilder table = new StringBuilder("| figure | expected (expected.py) | report shows |\n| --- | --- | --- |\n");
        FIGURES.forEach(row -> table.append("| ").append(String.join(" | ", Arrays.stream(row)
                .map(cell -> cell.replace("|", "\\|").replace("\n", " ")).toList())).append(" |\n"));
        Files.writeString(target().resolve("year2031-figures.md"), table.toString(), StandardCharsets.UTF_8);
    }

    private static Path target() throws IOException {
        return Files.createDirectories(suite.root.resolve("deploy/e2e/target"));
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

        figure("areas", texts(activities.get("areas")), values(report.get("areas"), "name"));
        figure("activities per area", ints(activities.get("perArea")), sizes(report.get("areas"), "activities"));
        figure("activities per status", activities.get("byStatus"), statusCounts(report));
        figure("PRIORITERAT", activities.get("prioritised").asInt(), count(activities(report), a -> a.get("prioritised").asBoolean()));
        activities.get("developmentEffort").fields().forEachRemaining(effort -> figure("development effort " + effort.getKey(),
                effort.getValue().asInt(), count(activities(report), a -> a.get("developmentEffort").asText().equals(effort.getKey()))));

        JsonNode days = activities.get("days");
        figure("totalPlannedDays", days.get("total").asText(), number(report.get("totalPlannedDays")));
        for (int i = 0; i < days.get("perArea").size(); i++) {
            JsonNode area = report.get("areas").get(i);
            figure("plannedDays " + area.get("name").asText(), days.get("perArea").get(i).get("plannedDays").asText(),
                    number(area.get("plannedDays")));
            figure("previousPlannedDays " + area.get("name").asText() + " (no plan 2030)", "null", area.get("previousPlannedDays").toString());
        }

        JsonNode economy = report.get("economy");
        JsonNode expectedEconomy = expected.get("economy");
        figure("posts", expectedEconomy.get("posts").size(), economy.get("posts").size());
        for (int i = 0; i < expectedEconomy.get("posts").size(); i++) {
            JsonNode post = expectedEconomy.get("posts").get(i);
            JsonNode shown = economy.get("posts").get(i);
            figure("post " + (i + 1) + " name", post.get("name").asText(), shown.get("name").asText());
            for (String field : List.of("budget", "outcome", "difference", "previousBudget", "previousOutcome")) {
                figure(post.get("name").asText() + " " + field, post.get(field).asText(null), shown.get(field).asText(null));
            }
        }
        for (String field : List.of("totalBudget", "totalOutcome", "totalDifference", "totalCoFinancing", "totalOutsideFunds")) {
            figure(field, expectedEconomy.get(field).asText(), economy.get(field).asText());
        }
        for (String result : List.of("result", "resultAfterCoFinancing")) {
            for (String field : List.of("kind", "amount", "text")) {
                figure(result + "." + field, expectedEconomy.get(result).get(field).asText(), economy.get(result).get(field).asText());
            }
        }
        figure("coFinancing (source, amount, description; entry order)", expectedEconomy.get("coFinancing"), funds(economy.get("coFinancing")));
        figure("outsideFunds (entry order)", expectedEconomy.get("outsideFunds"), funds(economy.get("outsideFunds")));
        figure("deficit (deprecated; a surplus year has none)", "0.00", economy.get("deficit").asText());
        figure("deficitAfterCoFinancing (deprecated)", "0.00", economy.get("deficitAfterCoFinancing").asText());

        JsonNode goals = expected.get("goals");
        figure("goals of 2031-2033", goals.get("total").asInt(), report.get("goals").size());
        int index = 0;
        for (JsonNode area : goals.get("perArea")) {
            for (JsonNode goal : area.get("goals")) {
                JsonNode shown = report.get("goals").get(index++);
                String key = goal.get("key").asText();
                figure(key + " area", area.get("area").asText(), shown.get("area").asText());
                assertEquals(goal.get("text").asText(), shown.get("text").asText(), key);
                assertEquals("2031-2033", shown.get("periodStart").asInt() + "-" + shown.get("periodEnd").asInt(), key);
                for (String field : List.of("valuation", "valuedYear", "previousValuation", "previousGoalExisted", "finalYear")) {
                    figure(key + " " + field, goal.get(field).toString(), shown.get(field).toString());
                }
                String predecessor = goal.get("predecessorKey").isNull() ? "null"
                        : loader.goalId(goal.get("predecessorKey").asText()).toString();
                figure(key + " predecessorId (" + goal.get("predecessorKey").asText("none") + ")", predecessor,
                        shown.get("predecessorId").asText("null"));
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
        Map<String, Integer> expectedErrors = new TreeMap<>();
        expected.at("/checks/errorsBeforeLateOutcome").fields().forEachRemaining(e -> {
            if (e.getValue().asInt() > 0) {
                expectedErrors.put(e.getKey(), e.getValue().asInt());
            }
        });
        figure("checks: errors before the missing outcome is recorded", expectedErrors, errors);
        figure("checks: WARNING GOAL_NOT_VALUED_YET", expected.at("/checks/warnings/GOAL_NOT_VALUED_YET").asInt(),
                warnings.getOrDefault("GOAL_NOT_VALUED_YET", 0));
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
    void markdownShowsTheSurplusCoFinancingDaysAndGoalsNotValuedYet() throws IOException {
        settledReport(expected.at("/activities/byStatus"));
        String markdown = as("rus-working-group").accept("text/markdown").get("/api/v1/reports/{year}", YEAR)
                .then().statusCode(200).extract().asString();
        Files.writeString(target().resolve("rus-verksamhetsberattelse-2031.md"), markdown, StandardCharsets.UTF_8);
        JsonNode economy = expected.get("economy");
        JsonNode swedish = economy.get("swedish");

        markdownHas(markdown, "result", economy.at("/result/text").asText());
        markdownHas(markdown, "result after co-financing", economy.at("/resultAfterCoFinancing/text").asText());
        figure("Markdown: deficit wording in a surplus year", false, markdown.contains("Inget underskott")
                || Pattern.compile("Underskott \\d").matcher(markdown).find());
        for (int i = 0; i < economy.get("posts").size(); i++) {
            JsonNode figures = swedish.get("posts").get(i);
            markdownRow(markdown, "economic table", economy.get("posts").get(i).get("name").asText(), figures.get("budget").asText(),
                    figures.get("outcome").asText(), figures.get("difference").asText());
        }
        markdownRow(markdown, "economic table", "Summa RUS", swedish.get("totalBudget").asText(), swedish.get("totalOutcome").asText(),
                swedish.get("totalDifference").asText());
        for (int i = 0; i < economy.get("coFinancing").size(); i++) {
            JsonNode funds = economy.get("coFinancing").get(i);
            markdownRow(markdown, "co-financing", funds.get("source").asText(), swedish.get("coFinancing").get(i).asText(),
                    funds.get("description").asText());
        }
        markdownRow(markdown, "co-financing", "Summa", swedish.get("totalCoFinancing").asText());
        for (int i = 0; i < economy.get("outsideFunds").size(); i++) {
            JsonNode funds = economy.get("outsideFunds").get(i);
            markdownRow(markdown, "outside funds", funds.get("source").asText(), swedish.get("outsideFunds").get(i).asText(),
                    funds.get("description").asText());
        }
        markdownRow(markdown, "outside funds", "Summa", swedish.get("totalOutsideFunds").asText());

        JsonNode days = expected.at("/activities/days");
        markdownRow(markdown, "planned days", "Summa", days.get("totalSwedish").asText());
        days.get("perArea").forEach(area -> {
            markdownRow(markdown, "planned days", area.get("name").asText(), area.get("swedish").asText());
            markdownHas(markdown, "days of " + area.get("name").asText(), area.get("swedish").asText() + " arbetsdagar");
        });

        for (JsonNode area : expected.at("/goals/perArea")) {
            for (JsonNode goal : area.get("goals")) {
                String entry = goalEntry(markdown, goal.get("text").asText());
                figure("Markdown: " + goal.get("key").asText() + " shows", goal.get("shown").asText(),
                        entry.contains(NOT_VALUED_YET) ? NOT_VALUED_YET : valuationIn(entry));
            }
        }
        activities().forEach(title -> assertTrue(markdown.contains(title), "activity missing: " + title));
    }

    @Test
    @Order(4)
    void approvalIsRefusedUntilTheMissingOutcomeIsRecordedAndNeverDatedInTheFuture() {
        settledReport(expected.at("/activities/byStatus"));
        Map<String, String> approval = Map.of("approvedAt", loader.data().at("/approval/approvedAt").asText());
        // today is before 2031 has even begun: no approval date of 2031 can be valid yet
        Map<String, String> today = Map.of("approvedAt", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).toString());
        figure("approval while an activity lacks its outcome, dated today (HTTP)", 400, as("rus-steering")
                .contentType("application/json").body(today).post("/api/v1/reports/{year}/approvals", YEAR).statusCode());
        assertFalse(get("/api/v1/reports/{year}/checks", "application/json").get("approvable").asBoolean());

        loader.recordLateOutcomes();
        JsonNode report = settledReport(expected.at("/activities/byStatusAfterLateOutcome"));
        figure("activities per status after the missing outcome is recorded",
                expected.at("/activities/byStatusAfterLateOutcome"), statusCounts(report));
        JsonNode checks = get("/api/v1/reports/{year}/checks", "application/json");
        figure("checks: errors after the missing outcome is recorded", Map.of(), codes(checks, "ERROR"));
        assertTrue(checks.get("approvable").asBoolean(), checks.toPrettyString());

        // approvable now, but an approval dated in the future (the dataset's 2032-02-10, later than today) is refused
        if (java.time.LocalDate.parse(approval.get("approvedAt")).isAfter(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")))) {
            figure("approval dated " + approval.get("approvedAt") + ", after today (HTTP)", 400, as("rus-steering")
                    .contentType("application/json").body(approval).post("/api/v1/reports/{year}/approvals", YEAR).statusCode());
            figure("approved versions of a year whose approval lies in the future", 0, as("rus-steering")
                    .get("/api/v1/reports/{year}/versions", YEAR).then().extract().<Integer>path("totalItems"));
        } else {
            figure("approval after the outcome is recorded (HTTP)", 201, as("rus-steering").contentType("application/json")
                    .body(approval).post("/api/v1/reports/{year}/approvals", YEAR).statusCode());
            JsonNode approved = get("/api/v1/reports/{year}/approved", "application/json");
            assertEquals("APPROVED", approved.get("status").asText());
            assertResult(expected.at("/economy/resultAfterCoFinancing"), approved.at("/economy/resultAfterCoFinancing"));
        }
    }

    @Test
    @Order(5)
    void rauShowsTheReturnedTheLateAndTheMissingSubmission() {
        JsonNode rau = expected.get("rau");
        JsonNode matrix = followup("/api/v1/rau/{year}/completeness");
        JsonNode totals = matrix.get("totals");
        figure("RÅU applicable cells", rau.get("expected").asInt(), totals.get("expected").asInt());
        figure("RÅU missing", rau.get("missing").asInt(), totals.get("missing").asInt());
        figure("RÅU returned", rau.get("returned").asInt(), totals.get("returned").asInt());
        for (List<String> statusAndTotal : List.of(List.of("DRAFT", "drafts"), List.of("SUBMITTED", "submitted"),
                List.of("ACCEPTED", "accepted"))) {
            figure("RÅU " + statusAndTotal.get(0), rau.at("/byStatus/" + statusAndTotal.get(0)).asInt(),
                    totals.get(statusAndTotal.get(1)).asInt());
        }
        rau.get("returnedCells").forEach(cell -> figure("RÅU " + cellName(cell), "RETURNED",
                cell(matrix, cell).get("status").asText()));
        rau.get("missingCells").forEach(cell -> {
            JsonNode shown = cell(matrix, cell);
            figure("RÅU " + cellName(cell) + " applicable, status", "true, null",
                    shown.get("applicable").asBoolean() + ", " + shown.get("status").asText(null));
        });
        rau.get("lateCells").forEach(cell -> {
            JsonNode shown = cell(matrix, cell);
            figure("RÅU " + cellName(cell) + " late", true, shown.get("late").asBoolean());
            assertNotNull(shown.get("submittedAt").textValue(), "submitted at: " + shown);
        });
        figure("RÅU late", rau.get("late").asInt(), totals.get("late").asInt());

        JsonNode compilations = followup("/api/v1/rau/{year}/compilation");
        rau.get("compilationMissingCountyCodes").fields().forEachRemaining(objective -> {
            JsonNode summary = StreamSupport.stream(compilations.spliterator(), false)
                    .filter(c -> c.get("objectiveCode").asText().equals(objective.getKey())).findFirst().orElseThrow();
            figure("RÅU compilation " + objective.getKey() + " missing counties", objective.getValue(),
                    summary.get("missingCountyCodes"));
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
        Map<String, Integer> codes = new TreeMap<>();
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

    private static String cellName(JsonNode cell) {
        return cell.get("countyCode").asText() + " " + cell.get("objectiveCode").asText();
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

    /** Records whether the Markdown has {@code part} word for word. */
    private static void markdownHas(String markdown, String what, String part) {
        // amounts are rendered with no-break spaces; the JSON's text has plain ones
        String readable = markdown.replace('\u00A0', ' ');
        figure("Markdown: " + what, part, readable.contains(part.replace('\u00A0', ' ')) ? part : "(missing)");
    }

    /** A row of a Markdown table (bold or not) that starts with {@code first} and has every one of {@code cells}. */
    private static void markdownRow(String markdown, String table, String first, String... cells) {
        // read as a reader's search reads it: a true minus as '-', a no-break space as a space
        List<String> rows = markdown.lines().map(line -> searchable(line.replace("**", "")))
                .filter(line -> line.startsWith("| " + first + " |")).toList();
        String wanted = String.join(" / ", cells);
        String found = rows.stream()
                .filter(line -> List.of(cells).stream().allMatch(cell -> line.contains("| " + searchable(cell) + " |")))
                .findFirst().map(line -> wanted).orElse(rows.isEmpty() ? "(no row)" : rows.toString());
        figure("Markdown " + table + ": " + first, wanted, found);
    }

    private static String searchable(String text) {
        return text.replace('\u2212', '-').replace('\u00A0', ' ');
    }

    /** "Uppföljning: 2 (i tillräcklig grad uppnått)." → "2". */
    private static String valuationIn(String goalEntry) {
        Matcher matcher = Pattern.compile("Uppföljning: (\\d)").matcher(goalEntry);
        return matcher.find() ? matcher.group(1) : goalEntry;
    }

    private static void assertContains(String text, String part) {
        assertTrue(text.contains(part), "missing: " + part);
    }

    /** Asserts one figure and keeps it for the table of expected and shown figures written after the run. */
    private static void figure(String name, Object expectedValue, Object shown) {
        String expectedText = String.valueOf(expectedValue);
        String shownText = String.valueOf(shown);
        FIGURES.add(new String[] {name, expectedText, shownText});
        assertEquals(expectedText, shownText, name);
    }

    private static String number(JsonNode days) {
        return days == null || days.isNull() ? "null" : days.decimalValue().stripTrailingZeros().toPlainString();
    }

    /** {kind, amount, text} as the contract has them (further fields are the reader's to ignore). */
    private static void assertResult(JsonNode expectedResult, JsonNode shown) {
        assertNotNull(shown, "result");
        for (String field : List.of("kind", "amount", "text")) {
            assertEquals(expectedResult.get(field), shown.get(field), "result " + field + ": " + shown);
        }
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
