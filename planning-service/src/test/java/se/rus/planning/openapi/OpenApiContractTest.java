package se.rus.planning.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every operation documents itself well enough for the front end and the counties to build against it. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class OpenApiContractTest {

    @Test
    void everyOperationHasAnIdASummaryATagAndItsProblemResponses() throws Exception {
        JsonNode api = new ObjectMapper().readTree(given().when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(operation.getKey())) {
                    continue;
                }
                operations++;
                JsonNode op = operation.getValue();
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                if (!op.hasNonNull("operationId") || !op.hasNonNull("summary") || !op.has("tags")) {
                    missing.add(name + ": operationId/summary/tags");
                }
                if (path.getKey().startsWith("/api/") && !op.get("responses").has("401")) {
                    missing.add(name + ": 401");
                }
                if (List.of("put", "patch", "delete").contains(operation.getKey()) && !path.getKey().endsWith("/import")
                        && !(op.get("responses").has("412") && op.get("responses").has("428"))) {
                    missing.add(name + ": 412/428");
                }
            }
        }
        assertTrue(operations >= 30, "operations: " + operations);
        assertEquals(List.of(), missing);
        assertTrue(api.get("components").get("schemas").has("Activity"));
        assertTrue(api.get("components").get("schemas").has("PlanDocument"));
    }
}
