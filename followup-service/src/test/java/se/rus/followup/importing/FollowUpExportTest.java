package se.rus.followup.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rus.followup.PlanningFixture.activity;
import static se.rus.followup.PlanningFixture.area;
import static se.rus.followup.PlanningFixture.bullets;
import static se.rus.followup.PlanningFixture.goal;
import static se.rus.followup.PlanningFixture.paragraph;
import static se.rus.followup.PlanningFixture.plan;
import static se.rus.followup.PlanningFixture.publish;

/** The export is the import document of the year: importing it restores the year, exporting again gives the same. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class FollowUpExportTest {

    private static final int YEAR = 2067;
    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    private static final String FIRST = "Miljömålsuppföljning";
    private static final String SECOND = "Kommunikation och organisation";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @Test
    void exportImportedIntoAClearedYearExportsTheSameDocument() throws Exception {
        UUID planId = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        publish(YEAR, "PlanCreated.v1", plan(planId, YEAR, 2065, YEAR));
        // the second area comes first in the plan, so the export follows the plan's order, not the names'
        publish(YEAR, "AreaAdded.v1", area(first, planId, YEAR, 2, FIRST));
        publish(YEAR, "AreaAdded.v1", area(second, planId, YEAR, 1, SECOND));
        publish(YEAR, "ActivityPlanned.v1", activity(UUID.randomUUID(), planId, YEAR, first, FIRST, 2, "Indikatorutveckling"));
        publish(YEAR, "ActivityPlanned.v1", activity(UUID.randomUUID(), planId, YEAR, first, FIRST, 1, "RÅU samordning"));
        publish(YEAR, "ActivityPlanned.v1", activity(UUID.randomUUID(), planId, YEAR, second, SECOND, 1, "Miljömålsdagarna"));
        publish(YEAR, "GoalDefined.v1", goal(UUID.randomUUID(), 2065, YEAR, FIRST, 1, "Indikatorerna är till nytta."));
        publish(YEAR, "GoalDefined.v1", goal(UUID.randomUUID(), 2065, YEAR, SECOND, 1, "Organisationen är ändamålsenlig."));
        Map<String, Object> document = Map.of(
                "areas", List.of(
                        Map.of("areaName", FIRST, "note", List.of(paragraph("Omkring 240 dagar enligt exporttestet.")),
                                "outcomes", List.of(outcome("Indikatorutveckling", "PARTLY_DONE", 10.5),
                                        outcome("RÅU samordning", "DONE_AS_PLANNED", null))),
                        Map.of("areaName", SECOND, "outcomes", List.of(outcome("Miljömålsdagarna", "NOT_DONE", 3)))),
                "valuations", List.of(valuation(FIRST, "Indikatorerna är till nytta.", 2, 2),
                        valuation(SECOND, "Organisationen är ändamålsenlig.", 1, null)));
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .body(document).when().put("/api/v1/followups/" + YEAR + "/import").statusCode() == 200);

        String exported = export();
        JsonNode tree = JSON.readTree(exported);
        assertEquals(List.of(SECOND, FIRST), List.of(tree.at("/areas/0/areaName").asText(), tree.at("/areas/1/areaName").asText()));
        assertEquals(List.of("RÅU samordning", "Indikatorutveckling"), List.of(
                tree.at("/areas/1/outcomes/0/activityTitle").asText(), tree.at("/areas/1/outcomes/1/activityTitle").asText()));
        assertEquals("10.5", tree.at("/areas/1/outcomes/1/daysSpent").asText());
        assertEquals(false, tree.at("/areas/0/note").isArray(), "an area without a note leaves the note alone");
        assertEquals(List.of(SECOND, FIRST), List.of(tree.at("/valuations/0/areaName").asText(),
                tree.at("/valuations/1/areaName").asText()));
        assertEquals(YEAR, tree.at("/valuations/0/year").asInt());

        // exactly what is stored: importing it changes nothing
        importYear(exported).then().statusCode(200).body("outcomes.unchanged", equalTo(3))
                .body("areaNotes.unchanged", equalTo(1)).body("valuations.unchanged", equalTo(2))
                .body("outcomes.changed", equalTo(0)).body("valuations.changed", equalTo(0));

        clear();
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/followups/" + YEAR + "/export")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        importYear(exported).then().statusCode(200).body("outcomes.created", equalTo(3))
                .body("areaNotes.created", equalTo(1)).body("valuations.created", equalTo(2));
        assertEquals(tree, JSON.readTree(export()));
    }

    @Test
    void aYearWithoutFollowUpIs404AndOnlyTheWorkingGroupExports() {
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/followups/2096/export")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().when().get("/api/v1/followups/2096/export").then().statusCode(401);
        for (String token : List.of(RusTestInfrastructure.token("rus-steering"), RusTestInfrastructure.countyToken("01"),
                RusTestInfrastructure.token("naturvardsverket"))) {
            given().auth().oauth2(token).when().get("/api/v1/followups/2096/export")
                    .then().statusCode(403).contentType(startsWith("application/problem+json"));
        }
    }

    private static Map<String, Object> outcome(String title, String status, Object daysSpent) {
        Map<String, Object> outcome = new HashMap<>();
        outcome.put("activityTitle", title);
        outcome.put("status", status);
        outcome.put("narrative", List.of(paragraph("Så gick det."), bullets("en", "två")));
        outcome.put("daysSpent", daysSpent);
        return outcome;
    }

    private static Map<String, Object> valuation(String area, String goal, Integer valuation, Integer previous) {
        Map<String, Object> item = new HashMap<>();
        item.put("areaName", area);
        item.put("goalText", goal);
        item.put("valuation", valuation);
        item.put("previousValuation", previous);
        item.put("previousGoalExisted", previous != null);
        item.put("followUp", List.of(paragraph("Uppföljning av målet.")));
        return item;
    }

    private static io.restassured.response.Response importYear(String document) {
        return given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(document)
                .when().put("/api/v1/followups/" + YEAR + "/import");
    }

    private static String export() {
        return given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/followups/" + YEAR + "/export")
                .then().statusCode(200).contentType(startsWith("application/json")).extract().asString();
    }

    /** Removes the year's follow-up as if it had never been entered (the plan replica stays). */
    private void clear() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (String table : List.of("activity_outcome", "area_follow_up", "goal_valuation")) {
                try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + table + " WHERE year = ?")) {
                    statement.setInt(1, YEAR);
                    statement.executeUpdate();
                }
            }
        }
    }
}
