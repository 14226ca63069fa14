package se.rus.followup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class OpenApiTest {

    @Test
    void everyOperationHasAnIdASummaryATagAndItsResponses() throws Exception {
        JsonNode api = new ObjectMapper().readTree(given().when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        List<String> incomplete = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                JsonNode op = operation.getValue();
                if (!op.isObject() || !op.has("responses")) {
                    continue;
                }
                ids.add(op.path("operationId").asText());
                if (!op.has("operationId") || !op.has("summary") || !op.has("tags") || op.get("responses").isEmpty()) {
                    incomplete.add(operation.getKey() + " " + path.getKey());
                }
            }
        }
        assertEquals(List.of(), incomplete);
        assertTrue(ids.containsAll(List.of("recordOutcome", "patchOutcome", "valueGoal", "openRauRound",
                "draftRauSubmission", "returnRauSubmission", "getRauCompilation", "getRauCompleteness",
                "importFollowUp", "changeObjectiveApplicability")), ids.toString());
        assertTrue(api.at("/paths/~1api~1v1~1rau~1{year}~1compilation~1{objectiveCode}/get/responses/200/content").has("text/csv"));
        assertTrue(api.at("/paths/~1api~1v1~1rau~1{year}~1completeness/get/responses/200/content").has("text/html"));
        assertTrue(ids.contains("closeRauRound"), ids.toString());
        // a year outside 2000–2100 is 404 on every path with a year, and the contract says so
        assertTrue(api.at("/paths/~1api~1v1~1followups~1{year}~1outcomes/post/responses").has("404"));
        assertTrue(api.at("/paths/~1api~1v1~1rau~1{year}~1round/post/responses").has("404"));
        assertTrue(api.at("/paths/~1api~1v1~1rau~1{year}~1completeness/get/responses/404/description").asText()
                .contains("Ingen omgång"));
    }
}
