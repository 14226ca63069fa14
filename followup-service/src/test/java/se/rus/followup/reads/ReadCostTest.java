package se.rus.followup.reads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.rus.localstack.ReadCost;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.checks.ReadCostChecks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static se.rus.followup.PlanningFixture.activity;
import static se.rus.followup.PlanningFixture.area;
import static se.rus.followup.PlanningFixture.goal;
import static se.rus.followup.PlanningFixture.plan;
import static se.rus.followup.PlanningFixture.publish;

/** Every follow-up read is one transaction of a fixed number of statements, however many rows it lists. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class ReadCostTest extends ReadCostChecks {

    private static final int YEAR = 2054;

    private static String first(String path, String field) {
        return given().auth().oauth2(STEERING).get(path).then().statusCode(200).extract().path(field);
    }

    /** 2024's plan as planning events of {@link #YEAR} (goal period ending that year), then 2024's follow-up. */
    private static void followUpOfTheYear() throws Exception {
        Path data = Path.of("../deploy/data/2024");
        JsonNode planDocument = new ObjectMapper().readTree(Files.readString(data.resolve("plan.json")));
        UUID planId = UUID.randomUUID();
        publish(YEAR, "PlanCreated.v1", plan(planId, YEAR, YEAR - 2, YEAR));
        int areaPosition = 0;
        for (JsonNode areaNode : planDocument.get("areas")) {
            UUID areaId = UUID.randomUUID();
            String name = areaNode.get("name").asText();
            publish(YEAR, "AreaAdded.v1", area(areaId, planId, YEAR, ++areaPosition, name));
            int position = 0;
            for (JsonNode activityNode : areaNode.get("activities")) {
                publish(YEAR, "ActivityPlanned.v1", activity(UUID.randomUUID(), planId, YEAR, areaId, name, ++position,
                        activityNode.get("title").asText()));
            }
        }
        Map<String, Integer> goalPositions = new HashMap<>();
        for (JsonNode goalNode : planDocument.get("goals")) {
            String areaName = goalNode.get("areaName").asText();
            publish(YEAR, "GoalDefined.v1", goal(UUID.randomUUID(), YEAR - 2, YEAR, areaName,
                    goalPositions.merge(areaName, 1, Integer::sum), goalNode.get("text").asText()));
        }
        String followUp = Files.readString(data.resolve("followup.json"));
        await().atMost(Duration.ofSeconds(90)).until(() -> given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .body(followUp).when().put("/api/v1/followups/" + YEAR + "/import").statusCode() == 200);
    }

    /** A round of every county and objective; every county submits for FRISK_LUFT. */
    private static void rauOfTheYear() {
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .body(Map.of("instructions", "Anvisningar för RÅU " + YEAR + ".", "deadline", (YEAR + 1) + "-01-31"))
                .when().post("/api/v1/rau/" + YEAR + "/round").then().statusCode(201);
        List<String> counties = given().auth().oauth2(STEERING).get("/api/v1/counties").then().extract().path("code");
        for (String county : counties) {
            String token = RusTestInfrastructure.countyToken(county);
            String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("countyCode", county, "objectiveCode", "FRISK_LUFT", "assessment", "CLOSE",
                            "trend", "POSITIVE", "summary", "Nära målet.", "measures", "Åtgärdsprogram för miljömålen."))
                    .when().post("/api/v1/rau/" + YEAR + "/submissions").then().statusCode(201).extract().path("id");
            given().auth().oauth2(token).when().post("/api/v1/rau/" + YEAR + "/submissions/" + id + "/submit")
                    .then().statusCode(200);
        }
    }

    @Override
    protected Map<String, ReadCost> expectedCosts() throws Exception {
        followUpOfTheYear();
        rauOfTheYear();
        String followups = "/api/v1/followups/" + YEAR;
        String valuations = "/api/v1/goal-periods/" + (YEAR - 2) + "-" + YEAR + "/valuations";
        String rau = "/api/v1/rau/" + YEAR;
        String outcomeId = first(followups + "/outcomes", "items[0].id");
        String areaId = first(followups + "/areas", "items[0].areaId");
        String valuationId = first(valuations, "items[0].id");
        String submissionId = first(rau + "/submissions", "items[0].id");

        Map<String, ReadCost> statements = new LinkedHashMap<>();
        // 27 activities: the activities, the year's outcomes, the areas that order them
        statements.put(followups + "/activities", ReadCost.statementsInOneTransaction(3));
        statements.put(followups + "/outcomes", ReadCost.statementsInOneTransaction(3)); // the activities, the outcomes, the areas
        statements.put(followups + "/outcomes/" + outcomeId, ReadCost.statementsInOneTransaction(2)); // the outcome, its activity
        statements.put(followups + "/areas", ReadCost.statementsInOneTransaction(2)); // the year's notes, the areas
        statements.put(followups + "/areas/" + areaId + "/follow-up", ReadCost.statementsInOneTransaction(2)); // the note, its area
        statements.put(valuations, ReadCost.statementsInOneTransaction(2)); // 15 valuations: the period's goals, the valuations
        statements.put(valuations + "/" + valuationId, ReadCost.statementsInOneTransaction(2)); // the valuation, its goal
        statements.put(rau + "/round", ReadCost.statementsInOneTransaction(1));
        statements.put(rau + "/round/history", ReadCost.statementsInOneTransaction(2));
        statements.put(rau + "/submissions", ReadCost.statementsInOneTransaction(2)); // 21 submissions: the round, the page
        statements.put(rau + "/submissions/" + submissionId, ReadCost.statementsInOneTransaction(2)); // the submission, the round
        statements.put(rau + "/submissions/" + submissionId + "/history", ReadCost.statementsInOneTransaction(2));
        // 17 objectives: the round, the published submissions, county names, applicability, objectives
        statements.put(rau + "/compilation", ReadCost.statementsInOneTransaction(5));
        statements.put(rau + "/compilation/FRISK_LUFT", ReadCost.statementsInOneTransaction(5));
        statements.put(rau + "/completeness", ReadCost.statementsInOneTransaction(5));
        statements.put("/api/v1/counties", ReadCost.statementsInOneTransaction(1));
        statements.put("/api/v1/objectives", ReadCost.statementsInOneTransaction(1));
        statements.put("/api/v1/objectives/FRISK_LUFT/applicability", ReadCost.statementsInOneTransaction(2));
        return statements;
    }
}
