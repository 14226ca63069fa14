package se.rus.followup.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import se.rus.localstack.ConcurrentWrites.Target;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.checks.ConcurrentWritesChecks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static se.rus.followup.PlanningFixture.activity;
import static se.rus.followup.PlanningFixture.area;
import static se.rus.followup.PlanningFixture.goal;
import static se.rus.followup.PlanningFixture.paragraph;
import static se.rus.followup.PlanningFixture.publish;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class ConcurrentWritesTest extends ConcurrentWritesChecks {

    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    private static final String COUNTY = RusTestInfrastructure.countyToken("01");
    /** Years no other followup test uses (OpenDataTest has 2087–2089). */
    private static final List<Integer> FREE_YEARS = List.of(2086, 2057, 2058, 2059, 2090, 2091, 2092, 2093, 2094, 2095,
            2074, 2075, 2076, 2077, 2078, 2079);
    private static final AtomicInteger NEXT = new AtomicInteger();
    /** Reference data every test shares: put back as it was after each race. */
    private static final String APPLICABILITY = "/api/v1/objectives/GRUNDVATTEN_AV_GOD_KVALITET/applicability";

    private List<String> applicability;

    @AfterEach
    void restoreTheApplicability() {
        if (applicability != null) {
            String etag = given().auth().oauth2(WORKING_GROUP).when().get(APPLICABILITY).then().extract().header("ETag");
            given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(Map.of("countyCodes", applicability)).when().put(APPLICABILITY).then().statusCode(200);
        }
    }

    @Override
    protected int conditionalOperations() {
        return 12;
    }

    @Override
    protected Map<String, Supplier<Target>> fixtures() {
        Map<String, Supplier<Target>> fixtures = new HashMap<>();
        int year = FREE_YEARS.get(NEXT.getAndIncrement());
        fixtures.put("noteAreaFollowUp", () -> {
            UUID areaId = UUID.randomUUID();
            String path = "/api/v1/followups/" + year + "/areas/" + areaId + "/follow-up";
            publish(year, "AreaAdded.v1", area(areaId, UUID.randomUUID(), year, 1, "Miljömålsuppföljning"));
            await().atMost(Duration.ofSeconds(60)).until(() -> as(WORKING_GROUP)
                    .body(Map.of("note", List.of(paragraph("Ungefär 200 dagar.")))).when().put(path).statusCode() == 201);
            return Target.at(Map.of("year", Integer.toString(year), "areaId", areaId.toString()))
                    .withBodies(i -> Map.of("note", List.of(paragraph("Ungefär " + (250 + i) + " dagar."))));
        });
        Supplier<Target> outcome = () -> {
            UUID activityId = UUID.randomUUID();
            publish(year, "ActivityPlanned.v1", activity(activityId, UUID.randomUUID(), year, UUID.randomUUID(),
                    "Miljömålsuppföljning", 1, "Indikatorutveckling"));
            String[] id = new String[1];
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                Response answer = as(WORKING_GROUP).body(outcome(activityId, "Påbörjad.")).when()
                        .post("/api/v1/followups/" + year + "/outcomes");
                id[0] = answer.statusCode() == 201 ? answer.path("id") : null;
                return answer.statusCode() != 422;
            });
            return Target.at(Map.of("year", Integer.toString(year), "id", id[0]))
                    .withBodies(i -> outcome(activityId, "Genomförd av skrivare " + i + "."));
        };
        fixtures.put("replaceOutcome", outcome);
        fixtures.put("patchOutcome", outcome);
        fixtures.put("replaceValuation", () -> {
            UUID goalId = UUID.randomUUID();
            String period = year + "-" + (year + 2);
            publish(year + 2, "GoalDefined.v1", goal(goalId, year, year + 2, "Miljömålsuppföljning", 1, "Ett mål " + goalId));
            String[] id = new String[1];
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                Response answer = as(WORKING_GROUP).body(valuation(goalId, "Påbörjat.")).when()
                        .post("/api/v1/goal-periods/" + period + "/valuations");
                id[0] = answer.statusCode() == 201 ? answer.path("id") : null;
                return answer.statusCode() != 422;
            });
            return Target.at(Map.of("period", period, "id", id[0]))
                    .withBodies(i -> valuation(goalId, "Uppföljt av skrivare " + i + "."));
        });
        fixtures.put("changeObjectiveApplicability", () -> {
            List<String> original = given().auth().oauth2(WORKING_GROUP).when().get(APPLICABILITY)
                    .then().statusCode(200).extract().path("countyCodes");
            if (applicability == null) {
                applicability = original;
            }
            List<String> others = new ArrayList<>(se.rus.platform.security.CountyTokens.COUNTY_CODES.stream().sorted()
                    .filter(code -> !original.contains(code)).toList());
            return Target.at(Map.of("code", "GRUNDVATTEN_AV_GOD_KVALITET")).withBodies(i -> {
                List<String> codes = new ArrayList<>(original);
                if (others.isEmpty()) { // every county follows it: each writer leaves out another one
                    codes.remove(i % codes.size());
                } else {
                    codes.add(others.get(i % others.size()));
                }
                return Map.of("countyCodes", codes);
            });
        });
        Supplier<Target> round = () -> {
            int roundYear = FREE_YEARS.get(NEXT.getAndIncrement());
            as(WORKING_GROUP).body(Map.of("instructions", "Anvisningar för RÅU " + roundYear + ".", "deadline",
                    (roundYear + 1) + "-01-31")).when().post("/api/v1/rau/" + roundYear + "/round").then().statusCode(201);
            return Target.at(Map.of("year", Integer.toString(roundYear)));
        };
        fixtures.put("patchRauRound", round);
        fixtures.put("correctRauRound", round);
        fixtures.put("closeRauRound", round);
        Supplier<Target> draft = () -> {
            Target opened = round.get();
            String roundYear = opened.pathValues().get("year");
            String id = as(COUNTY).body(submission()).when().post("/api/v1/rau/" + roundYear + "/submissions")
                    .then().statusCode(201).extract().path("id");
            return Target.at(Map.of("year", roundYear, "id", id));
        };
        Supplier<Target> submitted = () -> {
            Target target = draft.get();
            as(COUNTY).when().post("/api/v1/rau/" + target.pathValues().get("year") + "/submissions/"
                    + target.pathValues().get("id") + "/submit").then().statusCode(200);
            return target;
        };
        fixtures.put("reviseRauSubmission", draft);
        fixtures.put("submitRauSubmission", draft);
        fixtures.put("acceptRauSubmission", submitted);
        fixtures.put("returnRauSubmission", submitted);
        return fixtures;
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Map<String, Object> outcome(UUID activityId, String narrative) {
        Map<String, Object> body = new HashMap<>();
        body.put("activityId", activityId);
        body.put("status", "PARTLY_DONE");
        body.put("narrative", List.of(paragraph(narrative)));
        body.put("daysSpent", 12.5);
        return body;
    }

    private static Map<String, Object> valuation(UUID goalId, String followUp) {
        Map<String, Object> body = new HashMap<>();
        body.put("goalId", goalId);
        body.put("valuation", 2);
        body.put("previousValuation", null);
        body.put("previousGoalExisted", false);
        body.put("followUp", List.of(paragraph(followUp)));
        return body;
    }

    private static Map<String, Object> submission() {
        Map<String, Object> body = new HashMap<>();
        body.put("countyCode", "01");
        body.put("objectiveCode", "LEVANDE_SKOGAR");
        body.put("assessment", "NO");
        body.put("trend", "NEUTRAL");
        body.put("summary", "Miljökvalitetsmålet nås inte i länet.");
        body.put("measures", "Formellt skydd av skog.");
        return body;
    }
}
