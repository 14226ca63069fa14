package se.rus.finance.cofinancing;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.finance.year.FinanceEvents;
import se.rus.localstack.RusTestInfrastructure;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rus.finance.Events.data;
import static se.rus.finance.Events.envelope;
import static se.rus.finance.FinanceApi.COUNTY;
import static se.rus.finance.FinanceApi.STEERING;
import static se.rus.finance.FinanceApi.as;
import static se.rus.finance.FinanceApi.awaitEvent;
import static se.rus.finance.FinanceApi.definePost;
import static se.rus.finance.FinanceApi.entry;
import static se.rus.finance.FinanceApi.openYear;
import static se.rus.finance.FinanceApi.record;
import static se.rus.finance.FinanceApi.workingGroup;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class FundsResourceTest {

    private static final String[] FUNDS_FIELDS = {"id", "year", "source", "amount", "description"};

    @Test
    void coFinancingReducesTheDeficitAndOutsideFundsStayOutOfTheSums() {
        openYear(2033);
        String salaries = definePost(2033, "Löner, resor m.m. RUS", "1000.00");
        record(2033, entry(salaries, "2033-05-01", "1500.50", "Löner"));

        String leks = workingGroup().body(Map.of("source", "LEKS (klimat och energi)", "amount", "220.00",
                        "description", "Gemensamma insatser"))
                .when().post("/api/v1/years/2033/co-financing")
                .then().statusCode(201).body("amount", equalTo("220.00")).extract().path("id");
        JsonNode coFinancing = data(awaitEvent(2033, FinanceEvents.CO_FINANCING_RECORDED, leks), FUNDS_FIELDS);
        assertEquals("220.00", coFinancing.get("amount").asText());
        assertEquals("LEKS (klimat och energi)", coFinancing.get("source").asText());

        String fo = workingGroup().body(Map.of("source", "FO vatten och miljömål", "amount", "21327.47",
                        "description", "Hålls utanför redovisningen"))
                .when().post("/api/v1/years/2033/outside-funds")
                .then().statusCode(201).extract().path("id");
        JsonNode outside = data(awaitEvent(2033, FinanceEvents.OUTSIDE_FUNDS_NOTED, fo), FUNDS_FIELDS);
        assertEquals("21327.47", outside.get("amount").asText());

        as(STEERING).when().get("/api/v1/years/2033/co-financing").then().statusCode(200)
                .body("items.source", contains("LEKS (klimat och energi)"));
        as(STEERING).when().get("/api/v1/years/2033/co-financing/" + leks).then().statusCode(200)
                .body("amount", equalTo("220.00"));
        as(STEERING).when().get("/api/v1/years/2033/outside-funds").then().statusCode(200)
                .body("items.amount", contains("21327.47"));
        as(STEERING).when().get("/api/v1/years/2033/summary").then().statusCode(200)
                .body("totalOutcome", equalTo("1500.50"))
                .body("result.kind", equalTo("DEFICIT"))
                .body("result.amount", equalTo("500.50"))
                .body("coFinancing.total", equalTo("220.00"))
                .body("resultAfterCoFinancing.kind", equalTo("DEFICIT"))
                .body("resultAfterCoFinancing.amount", equalTo("280.50"))
                .body("deficitAfterCoFinancing", equalTo("280.50"))
                .body("outsideFunds[0].amount", equalTo("21327.47"));

        workingGroup().body(Map.of("source", "LEKS (klimat och energi)", "amount", "1.00"))
                .when().post("/api/v1/years/2033/co-financing").then().statusCode(409);
        workingGroup().body(Map.of("source", "LEKS", "amount", "0.00"))
                .when().post("/api/v1/years/2033/co-financing").then().statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        workingGroup().body(Map.of("amount", "1.00")).when().post("/api/v1/years/2033/outside-funds")
                .then().statusCode(400).body("errors[0].field", equalTo("source"));
        as(COUNTY).body(Map.of("source", "LEKS", "amount", "1.00"))
                .when().post("/api/v1/years/2033/co-financing").then().statusCode(403);
        workingGroup().when().get("/api/v1/years/2033/co-financing/7d7c0c5e-0000-4000-8000-000000000000")
                .then().statusCode(404);
    }

    @Test
    void deficitCoverageIsAnOrderedListReplacedUnderIfMatch() {
        openYear(2037);
        Map<String, Object> coverage = Map.of("coverers", List.of(
                Map.of("coveredBy", "Kvarvarande nyckelfördelade medel", "description", "knappt 200 000 kr"),
                Map.of("coveredBy", "Länsstyrelsen Gävleborg", "description", "Resterande underskott")));
        as(STEERING).when().get("/api/v1/years/2037/deficit-coverage").then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("coverers.size()", equalTo(0));
        workingGroup().body(coverage).when().put("/api/v1/years/2037/deficit-coverage").then().statusCode(428);
        workingGroup().header("If-Match", "\"3\"").body(coverage).when().put("/api/v1/years/2037/deficit-coverage")
                .then().statusCode(412);
        workingGroup().header("If-Match", "\"0\"").body(coverage).when().put("/api/v1/years/2037/deficit-coverage")
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("coverers.position", contains(1, 2))
                .body("coverers.coveredBy", contains("Kvarvarande nyckelfördelade medel", "Länsstyrelsen Gävleborg"));

        JsonNode set = envelope(awaitEvent(2037, FinanceEvents.DEFICIT_COVERAGE_SET, "2037"));
        JsonNode payload = data(awaitEvent(2037, FinanceEvents.DEFICIT_COVERAGE_SET, "2037"), "year", "coverers");
        assertEquals(2037, set.get("data").get("year").asInt());
        assertEquals("Länsstyrelsen Gävleborg", payload.get("coverers").get(1).get("coveredBy").asText());
        assertEquals(2, payload.get("coverers").get(1).get("position").asInt());

        as(STEERING).when().get("/api/v1/years/2037/summary").then().statusCode(200)
                .body("deficitCoverage.coveredBy", contains("Kvarvarande nyckelfördelade medel", "Länsstyrelsen Gävleborg"));
        workingGroup().header("If-Match", "\"1\"").body(Map.of("coverers", List.of(Map.of("description", "x"))))
                .when().put("/api/v1/years/2037/deficit-coverage")
                .then().statusCode(400).body("errors[0].field", equalTo("coverers[0].coveredBy"));
        given().when().get("/api/v1/years/2037/deficit-coverage").then().statusCode(401);
    }
}
