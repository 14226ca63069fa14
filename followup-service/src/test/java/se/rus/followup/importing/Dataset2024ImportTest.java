package se.rus.followup.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.rus.followup.PlanningFixture.activity;
import static se.rus.followup.PlanningFixture.area;
import static se.rus.followup.PlanningFixture.goal;
import static se.rus.followup.PlanningFixture.plan;
import static se.rus.followup.PlanningFixture.publish;

/**
 * The real 2024 dataset: the plan in deploy/data/2024/plan.json arrives as planning events, then
 * deploy/data/2024/followup.json is imported twice. The figures are those of the 2024 report.
 */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class Dataset2024ImportTest {

    private static final Path DATA = Path.of("../deploy/data/2024");
    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");

    @Test
    void importsThe2024FollowUpOnTopOfThePlanningEventsOfThe2024Plan() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode planDocument = json.readTree(Files.readString(DATA.resolve("plan.json")));
        String followUp = Files.readString(DATA.resolve("followup.json"));

        UUID planId = UUID.randomUUID();
        publish(2024, "PlanCreated.v1", plan(planId, 2024, planDocument.get("periodStart").asInt(),
                planDocument.get("periodEnd").asInt()));
        int areaPosition = 0;
        for (JsonNode areaNode : planDocument.get("areas")) {
            UUID areaId = UUID.randomUUID();
            String name = areaNode.get("name").asText();
            publish(2024, "AreaAdded.v1", area(areaId, planId, 2024, ++areaPosition, name));
            int position = 0;
            for (JsonNode activityNode : areaNode.get("activities")) {
                publish(2024, "ActivityPlanned.v1", activity(UUID.randomUUID(), planId, 2024, areaId, name, ++position,
                        activityNode.get("title").asText()));
            }
        }
        Map<String, Integer> goalPositions = new HashMap<>();
        for (JsonNode goalNode : planDocument.get("goals")) {
            String areaName = goalNode.get("areaName").asText();
            publish(2024, "GoalDefined.v1", goal(UUID.randomUUID(), 2022, 2024, areaName,
                    goalPositions.merge(areaName, 1, Integer::sum), goalNode.get("text").asText()));
        }

        Response[] first = new Response[1];
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            first[0] = given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(followUp)
                    .when().put("/api/v1/followups/2024/import");
            return first[0].statusCode() != 422;
        });
        first[0].then().statusCode(200)
                .body("outcomes.created", equalTo(27)).body("areaNotes.created", equalTo(3))
                .body("valuations.created", equalTo(15));

        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(followUp)
                .when().put("/api/v1/followups/2024/import")
                .then().statusCode(200)
                .body("outcomes.created", equalTo(0)).body("outcomes.changed", equalTo(0))
                .body("outcomes.unchanged", equalTo(27))
                .body("areaNotes.unchanged", equalTo(3))
                .body("valuations.unchanged", equalTo(15));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/followups/2024/outcomes?size=200")
                .then().statusCode(200).body("totalItems", equalTo(27))
                .body("items[0].areaName", equalTo("Miljömålsuppföljning"))
                .body("items[0].activityPosition", equalTo(1))
                .body("items[5].areaName", equalTo("Stöd i åtgärdsarbetet"))
                .body("items[26].areaName", equalTo("Kommunikation och organisation"))
                .body("items[26].activityPosition", equalTo(5));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/followups/2024/outcomes?status=DONE_AS_PLANNED&size=200")
                .then().statusCode(200).body("totalItems", equalTo(23));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/followups/2024/outcomes?status=PARTLY_DONE")
                .then().statusCode(200).body("totalItems", equalTo(4));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/goal-periods/2022-2024/valuations?size=200")
                .then().statusCode(200).body("items", hasSize(15))
                .body("items.findAll { it.previousGoalExisted == false }", hasSize(2))
                .body("items.findAll { it.valuation == 1 }", hasSize(9));
    }
}
