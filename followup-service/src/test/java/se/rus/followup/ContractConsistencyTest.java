package se.rus.followup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.rus.followup.outcome.OutcomeStatus;
import se.rus.followup.rau.Assessment;
import se.rus.followup.rau.RoundStatus;
import se.rus.followup.rau.SubmissionStatus;
import se.rus.followup.rau.Trend;
import se.rus.followup.valuation.Comparison;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.platform.csv.CsvDialect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static se.rus.followup.PlanningFixture.activity;
import static se.rus.followup.PlanningFixture.area;
import static se.rus.followup.PlanningFixture.paragraph;
import static se.rus.followup.PlanningFixture.plan;
import static se.rus.followup.PlanningFixture.publish;

/**
 * The OpenAPI document is what a generated front-end client trusts: every enum and pattern in it must
 * agree with what the service really accepts, checked through real requests. A new enum or pattern in
 * the document fails this test until it is exercised here.
 */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class ContractConsistencyTest {

    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    private static final int RAU_YEAR = 2070;
    private static final int PLAN_YEAR = 2071;
    private static final String AREA = "Miljömålsuppföljning";

    private JsonNode api;

    @BeforeEach
    void readTheContract() throws Exception {
        api = new ObjectMapper().readTree(given().when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
    }

    /** JSON pointer → the enum's values, or the pattern, wherever one occurs in the document. */
    private Map<String, JsonNode> occurrences(String keyword) {
        Map<String, JsonNode> found = new TreeMap<>();
        collect(api, "", keyword, found);
        return found;
    }

    private static void collect(JsonNode node, String pointer, String keyword, Map<String, JsonNode> found) {
        if (node.isObject()) {
            if (node.has(keyword)) {
                found.put(pointer, node.get(keyword));
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(field.getValue(), pointer + "/" + field.getKey(), keyword, found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, keyword, found);
            }
        }
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    private boolean isSortParameter(String pointer) {
        Matcher parameter = Pattern.compile("/paths/(.*)/get/parameters/(\\d+)/schema/items").matcher(pointer);
        return parameter.matches() && "sort".equals(api.get("paths").get(parameter.group(1)).get("get").get("parameters")
                .get(Integer.parseInt(parameter.group(2))).path("name").asText());
    }

    /** The name of the query parameter whose schema {@code pointer} is, or null. */
    private String parameterName(String pointer) {
        Matcher parameter = Pattern.compile("/paths/(.*)/get/parameters/(\\d+)/schema").matcher(pointer);
        return parameter.matches() ? api.get("paths").get(parameter.group(1)).get("get").get("parameters")
                .get(Integer.parseInt(parameter.group(2))).path("name").asText() : null;
    }

    @Test
    void everyEnumInTheDocumentIsExactlyWhatTheServiceKnows() {
        Map<String, List<String>> documented = new TreeMap<>();
        occurrences("enum").forEach((pointer, values) -> documented.put(pointer, values(values)));
        // the sort fields of every list are checked by SortingTest
        documented.keySet().removeIf(this::isSortParameter);
        // a CSV's dialect is one of the platform's; a representation one the operation offers (OpenDataTest reads each)
        List<String> dialects = Arrays.stream(CsvDialect.values()).map(CsvDialect::parameterValue).sorted().toList();
        documented.entrySet().removeIf(e -> "dialect".equals(parameterName(e.getKey()))
                && e.getValue().stream().sorted().toList().equals(dialects));
        documented.entrySet().removeIf(e -> "format".equals(parameterName(e.getKey())) && e.getValue().contains("json")
                && List.of("json", "csv", "svg").containsAll(e.getValue()));
        Map<String, List<String>> expected = new TreeMap<>(Map.of(
                "/components/schemas/Assessment", names(Assessment.values()),
                "/components/schemas/Trend", names(Trend.values()),
                "/components/schemas/OutcomeStatus", names(OutcomeStatus.values()),
                "/components/schemas/TextBlockKind", List.of("PARAGRAPH", "BULLETS"),
                "/components/schemas/SubmissionStatus", names(SubmissionStatus.values()),
                "/components/schemas/Comparison", names(Comparison.values()),
                "/components/schemas/RoundStatus", names(RoundStatus.values())));
        assertEquals(expected, documented);
    }

    @Test
    void everyAssessmentAndTrendIsAcceptedAndAnUnknownOneIsABadRequest() {
        openRound();
        List<String> assessments = values(api.at("/components/schemas/Assessment/enum"));
        List<String> trends = values(api.at("/components/schemas/Trend/enum"));
        List<String> counties = List.of("01", "03", "04", "05");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < trends.size(); i++) {
            String assessment = assessments.get(i % assessments.size());
            ids.add(draft(submission(counties.get(i), assessment, trends.get(i))).then().statusCode(201)
                    .body("assessment", equalTo(assessment)).body("trend", equalTo(trends.get(i)))
                    .extract().path("id"));
        }
        String id = ids.get(0);
        for (String assessment : assessments) {
            for (String trend : trends) {
                revise(id, Map.of("assessment", assessment, "trend", trend, "summary", "Bedömning " + assessment + "."))
                        .then().statusCode(200).body("assessment", equalTo(assessment)).body("trend", equalTo(trend));
            }
        }
        draft(submission("06", "MAYBE", "NEUTRAL")).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("assessment"));
        draft(submission("06", "YES", "SIDEWAYS")).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("trend"));
        revise(id, Map.of("assessment", "yes")).then().statusCode(400).body("errors[0].field", equalTo("assessment"));
        revise(id, Map.of("trend", "UP")).then().statusCode(400).body("errors[0].field", equalTo("trend"));
    }

    @Test
    void everySubmissionStatusFiltersTheListAndAnUnknownOneIsABadRequest() {
        openRound();
        for (String status : values(api.at("/components/schemas/SubmissionStatus/enum"))) {
            given().auth().oauth2(WORKING_GROUP).queryParam("status", status)
                    .when().get("/api/v1/rau/" + RAU_YEAR + "/submissions").then().statusCode(200);
        }
        given().auth().oauth2(WORKING_GROUP).queryParam("status", "LOST")
                .when().get("/api/v1/rau/" + RAU_YEAR + "/submissions")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("status"));
    }

    @Test
    void everyOutcomeStatusAndTextKindIsAcceptedAndAnUnknownOneIsABadRequest() {
        List<String> statuses = values(api.at("/components/schemas/OutcomeStatus/enum"));
        List<String> titles = plannedActivities(statuses.size());
        UUID firstActivity = activityId(titles.get(0));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            ids.add(recordOutcome(activityId(titles.get(i)), statuses.get(i), narrative()).then().statusCode(201)
                    .body("status", equalTo(statuses.get(i))).extract().path("id"));
        }
        String outcomes = "/api/v1/followups/" + PLAN_YEAR + "/outcomes";
        for (String status : statuses) {
            given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", "*")
                    .body(Map.of("status", status, "narrative", narrative()))
                    .when().put(outcomes + "/" + ids.get(0)).then().statusCode(200).body("status", equalTo(status));
            given().auth().oauth2(WORKING_GROUP).queryParam("status", status).when().get(outcomes)
                    .then().statusCode(200).body("items.status", org.hamcrest.Matchers.everyItem(equalTo(status)));
        }
        List<Map<String, Object>> imported = new ArrayList<>();
        for (int i = 0; i < statuses.size(); i++) {
            imported.add(Map.of("activityTitle", titles.get(i), "status", statuses.get(statuses.size() - 1 - i),
                    "narrative", narrative()));
        }
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .body(Map.of("areas", List.of(Map.of("areaName", AREA, "outcomes", imported))))
                .when().put("/api/v1/followups/" + PLAN_YEAR + "/import").then().statusCode(200);

        recordOutcome(firstActivity, "POSTPONED", narrative()).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("status", "done_as_planned", "narrative", narrative()))
                .when().put(outcomes + "/" + ids.get(0)).then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(WORKING_GROUP).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "*")
                .body(Map.of("status", "HALF_DONE")).when().patch(outcomes + "/" + ids.get(0))
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().auth().oauth2(WORKING_GROUP).queryParam("status", "HALF_DONE").when().get(outcomes)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .body(Map.of("areas", List.of(Map.of("areaName", AREA, "outcomes",
                        List.of(Map.of("activityTitle", titles.get(0), "status", "HALF_DONE", "narrative", narrative()))))))
                .when().put("/api/v1/followups/" + PLAN_YEAR + "/import")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.containsString("status"));

        String outcome = ids.get(1);
        for (String kind : values(api.at("/components/schemas/TextBlockKind/enum"))) {
            Map<String, Object> block = kind.equals("BULLETS") ? PlanningFixture.bullets("Indikatorer", "Webbplats")
                    : paragraph("Har genomförts som planerat.");
            given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", "*")
                    .body(Map.of("status", "DONE_AS_PLANNED", "narrative", List.of(block)))
                    .when().put(outcomes + "/" + outcome).then().statusCode(200).body("narrative[0].kind", equalTo(kind));
        }
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("status", "DONE_AS_PLANNED", "narrative", List.of(Map.of("kind", "TABLE", "text", "x"))))
                .when().put(outcomes + "/" + outcome).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.containsString("narrative"));
    }

    /**
     * The document's patterns are ECMA regular expressions, searched (not matched whole) by JSON Schema
     * validators: for each sample the document and the service must agree on accepting it.
     */
    @Test
    void everyPatternAcceptsWhatTheServiceAcceptsAndNothingElse() {
        openRound();
        Map<String, Function<String, Response>> requests = new TreeMap<>();
        requests.put("/components/schemas/NewRauSubmission/properties/countyCode",
                code -> draftIn(2099, submission(code, "YES", "NEUTRAL")));
        requests.put("/components/schemas/NewRauRound/properties/countyCodes/items",
                code -> given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                        .body(Map.of("instructions", "Anvisningar.", "deadline", "2073-01-31", "countyCodes", List.of(code)))
                        .when().post("/api/v1/rau/2072/round"));
        requests.put("/components/schemas/ApplicabilityChange/properties/countyCodes/items",
                code -> given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", "\"999\"")
                        .body(Map.of("countyCodes", List.of(code)))
                        .when().put("/api/v1/objectives/FRISK_LUFT/applicability"));
        List<String> countyCodeSamples = List.of("21", "01", "1", "123", "2a", " 21", "");
        Map<String, JsonNode> patterns = occurrences("pattern");
        for (Map.Entry<String, Function<String, Response>> request : requests.entrySet()) {
            JsonNode documented = patterns.get(request.getKey());
            assertNotEquals(null, documented, "no pattern at " + request.getKey());
            Pattern pattern = Pattern.compile(documented.asText());
            for (String sample : countyCodeSamples) {
                boolean documentAccepts = pattern.matcher(sample).find();
                int status = request.getValue().apply(sample).statusCode();
                assertEquals(documentAccepts, status != 400,
                        request.getKey() + " pattern " + pattern + ", sample \"" + sample + "\": service answered " + status);
            }
        }
        // @NotBlank shows as the pattern \S: a blank comment is refused, any text with a visible character is not
        assertEquals("\\S", patterns.get("/components/schemas/RauReturn/properties/comment").asText());
        String id = draft(submission("07", "NO", "NEGATIVE")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(Map.of("comment", " \t"))
                .when().post("/api/v1/rau/" + RAU_YEAR + "/submissions/" + id + "/return")
                .then().statusCode(400).body("errors[0].field", equalTo("comment"));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(Map.of("comment", " x "))
                .when().post("/api/v1/rau/" + RAU_YEAR + "/submissions/" + id + "/return").then().statusCode(409);
    }

    private static void openRound() {
        int status = given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .body(Map.of("instructions", "Anvisningar för RÅU " + RAU_YEAR + ".", "deadline", (RAU_YEAR + 1) + "-01-31"))
                .when().post("/api/v1/rau/" + RAU_YEAR + "/round").statusCode();
        assertEquals(true, status == 201 || status == 409, "opening the round answered " + status);
    }

    private static Map<String, Object> submission(String county, String assessment, String trend) {
        Map<String, Object> body = new HashMap<>();
        body.put("countyCode", county);
        body.put("objectiveCode", "FRISK_LUFT");
        body.put("assessment", assessment);
        body.put("trend", trend);
        body.put("summary", "Målet är nära att nås.");
        return body;
    }

    private static Response draft(Map<String, Object> body) {
        return draftIn(RAU_YEAR, body);
    }

    private static Response draftIn(int year, Map<String, Object> body) {
        return given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/rau/" + year + "/submissions");
    }

    private static Response revise(String id, Map<String, Object> content) {
        return given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", "*").body(content)
                .when().put("/api/v1/rau/" + RAU_YEAR + "/submissions/" + id);
    }

    private static List<Map<String, Object>> narrative() {
        return List.of(paragraph("Har genomförts som planerat."));
    }

    private final Map<String, UUID> activities = new HashMap<>();

    /** Plans {@code count} activities of a fresh area in the replica, once per test. */
    private List<String> plannedActivities(int count) {
        UUID planId = UUID.randomUUID();
        UUID areaId = UUID.randomUUID();
        publish(PLAN_YEAR, "PlanCreated.v1", plan(planId, PLAN_YEAR, 2070, 2072));
        publish(PLAN_YEAR, "AreaAdded.v1", area(areaId, planId, PLAN_YEAR, 1, AREA));
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String title = "Aktivitet " + (i + 1);
            UUID id = UUID.randomUUID();
            publish(PLAN_YEAR, "ActivityPlanned.v1", activity(id, planId, PLAN_YEAR, areaId, AREA, i + 1, title));
            activities.put(title, id);
            titles.add(title);
        }
        titles.forEach(title -> PlanningFixture.awaitActivityKnown(WORKING_GROUP, PLAN_YEAR, activities.get(title)));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/followups/" + PLAN_YEAR + "/areas")
                .then().statusCode(200).body("items.name", hasItem(AREA));
        return titles;
    }

    private UUID activityId(String title) {
        return activities.get(title);
    }

    private static Response recordOutcome(UUID activityId, String status, List<Map<String, Object>> narrative) {
        return given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .body(Map.of("activityId", activityId.toString(), "status", status, "narrative", narrative))
                .when().post("/api/v1/followups/" + PLAN_YEAR + "/outcomes");
    }
}
