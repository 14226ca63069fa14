package se.rus.finance.openapi;

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
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class OpenApiTest {

    @Test
    void everyOperationHasAnIdASummaryATagAndItsResponses() throws Exception {
        JsonNode api = new ObjectMapper().readTree(given().when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        List<String> missing = new ArrayList<>();
        List<String> operationIds = new ArrayList<>();
        api.get("paths").fields().forEachRemaining((Map.Entry<String, JsonNode> path) ->
                path.getValue().fields().forEachRemaining(operation -> {
                    if (!Set.of("get", "post", "put", "patch", "delete").contains(operation.getKey())) {
                        return;
                    }
                    String name = operation.getKey().toUpperCase() + " " + path.getKey();
                    JsonNode op = operation.getValue();
                    if (!op.hasNonNull("operationId") || !op.hasNonNull("summary") || !op.has("tags")
                            || !op.has("responses")) {
                        missing.add(name);
                    } else {
                        operationIds.add(op.get("operationId").asText());
                    }
                    if (path.getKey().startsWith("/api/") && !operation.getKey().equals("get")
                            && !op.get("responses").has("401")) {
                        missing.add(name + " 401");
                    }
                }));
        assertEquals(List.of(), missing);
        assertEquals(operationIds.size(), Set.copyOf(operationIds).size(), "operationIds are unique");
        assertTrue(operationIds.containsAll(List.of("importFinancialYear", "getEconomicSummary", "exportSie4",
                "recordLedgerEntry", "listLedgerEntries", "setDeficitCoverage", "closeFinancialYear")), operationIds.toString());
    }
}
