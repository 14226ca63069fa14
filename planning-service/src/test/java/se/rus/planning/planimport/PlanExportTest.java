package se.rus.planning.planimport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.planning.support.Api;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The export is the import document of the year: importing it restores the year, exporting again gives the same. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class PlanExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @Test
    void exportImportedIntoAClearedYearExportsTheSameDocument() throws Exception {
        // the 2024 plan moved to its own period, with one goal continuing a goal of the previous period
        Api.workingGroup().body(Map.of("title", "RUS verksamhetsplan 2078", "periodStart", 2076, "periodEnd", 2078,
                        "goals", List.of(Map.of("areaName", "Miljömålsuppföljning", "text", "Ett mål som fortsätter"))))
                .when().put("/api/v1/plans/2078/import").then().statusCode(200);
        ObjectNode document = (ObjectNode) JSON.readTree(Files.readString(Path.of("../deploy/data/2024/plan.json")));
        document.put("periodStart", 2079).put("periodEnd", 2081);
        ((ObjectNode) document.get("goals").get(0)).putObject("predecessor")
                .put("areaName", "Miljömålsuppföljning").put("text", "Ett mål som fortsätter");
        Api.workingGroup().body(document.toString()).when().put("/api/v1/plans/2081/import").then().statusCode(200);

        String exported = export(2081);
        JsonNode tree = JSON.readTree(exported);
        assertEquals(3, tree.get("areas").size());
        assertEquals(List.of(5, 17, 5), List.of(tree.get("areas").get(0).get("activities").size(),
                tree.get("areas").get(1).get("activities").size(), tree.get("areas").get(2).get("activities").size()));
        assertEquals(15, tree.get("goals").size());
        // goals in the plan's area order, so the document's first goal (the one with a predecessor) comes first
        assertEquals(document.at("/goals/0/text"), tree.at("/goals/0/text"));
        assertEquals("Ett mål som fortsätter", tree.at("/goals/0/predecessor/text").asText());
        assertEquals(false, tree.at("/goals/1/predecessor").isObject());
        assertEquals(document.get("organisation").size(), tree.get("organisation").size());
        assertEquals("ADOPTED", tree.get("status").asText());
        // the summary list's own name of an activity goes out as it came in, and only there
        assertEquals(document.at("/areas/0/activities/2/summaryTitle"), tree.at("/areas/0/activities/2/summaryTitle"));
        assertEquals("Förvaltning och samverkan miljödata och informationsförsörjning",
                tree.at("/areas/0/activities/2/summaryTitle").asText());
        assertEquals(1, tree.findValues("summaryTitle").stream().filter(value -> !value.isNull()).count(), exported);
        // the export says exactly what is stored: importing it changes nothing
        Api.workingGroup().body(exported).when().put("/api/v1/plans/2081/import")
                .then().statusCode(200).body("eventsPublished", equalTo(0));

        clear(2081, 2079, 2081);
        given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/2081/export").then().statusCode(404);
        Api.workingGroup().body(exported).when().put("/api/v1/plans/2081/import").then().statusCode(200);
        assertEquals(tree, JSON.readTree(export(2081)));
    }

    @Test
    void aYearWithoutAPlanIs404AndOnlyTheWorkingGroupExports() {
        given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/2075/export")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().when().get("/api/v1/plans/2075/export").then().statusCode(401);
        for (String token : List.of(Api.STEERING, Api.COUNTY, Api.NATURVARDSVERKET)) {
            given().auth().oauth2(token).when().get("/api/v1/plans/2075/export")
                    .then().statusCode(403).contentType(startsWith("application/problem+json"));
        }
    }

    private static String export(int year) {
        return given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/" + year + "/export")
                .then().statusCode(200).contentType(startsWith("application/json")).extract().asString();
    }

    /** Removes the year as if it had never been entered (the test's stand-in for an empty database). */
    private void clear(int year, int periodStart, int periodEnd) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (String sql : List.of(
                    "DELETE FROM activity WHERE area_id IN (SELECT a.id FROM area a JOIN plan p ON p.id = a.plan_id WHERE p.year = ?)",
                    "DELETE FROM area WHERE plan_id IN (SELECT id FROM plan WHERE year = ?)",
                    "DELETE FROM member WHERE year = ?",
                    "DELETE FROM plan WHERE year = ?")) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setInt(1, year);
                    statement.executeUpdate();
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM goal WHERE period_start = ? AND period_end = ?")) {
                statement.setInt(1, periodStart);
                statement.setInt(2, periodEnd);
                statement.executeUpdate();
            }
        }
    }
}
