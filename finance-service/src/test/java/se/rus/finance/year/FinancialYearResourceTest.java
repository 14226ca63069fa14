package se.rus.finance.year;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rus.finance.Events.data;
import static se.rus.finance.FinanceApi.COUNTY;
import static se.rus.finance.FinanceApi.NATURVARDSVERKET;
import static se.rus.finance.FinanceApi.STEERING;
import static se.rus.finance.FinanceApi.WORKING_GROUP;
import static se.rus.finance.FinanceApi.as;
import static se.rus.finance.FinanceApi.awaitEvent;
import static se.rus.finance.FinanceApi.definePost;
import static se.rus.finance.FinanceApi.entry;
import static se.rus.finance.FinanceApi.openYear;
import static se.rus.finance.FinanceApi.workingGroup;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class FinancialYearResourceTest {

    private static final String[] YEAR_FIELDS =
            {"id", "year", "appropriationName", "appropriation", "keyDistributed", "status"};

    @Test
    void opensAYearWithAnExactAppropriationAndPublishesIt() {
        String id = workingGroup()
                .body("{\"year\":2019,\"appropriationName\":\"Anslag 1:2 Miljöövervakning\",\"appropriation\":\"6000000.00\","
                        + "\"keyDistributed\":\"1500000.00\"}")
                .when().post("/api/v1/years")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/years/2019"))
                .body("appropriation", equalTo("6000000.00"))
                .body("keyDistributed", equalTo("1500000.00"))
                .body("status", equalTo("OPEN"))
                .extract().path("id");

        ConsumerRecord<String, String> opened = awaitEvent(2019, FinanceEvents.YEAR_OPENED, id);
        assertTrue(opened.value().contains("\"actor\":\"test-rus-working-group\""), opened.value());
        assertTrue(opened.value().contains("\"actororganisation\":\"RUS arbetsgrupp\""), opened.value());
        JsonNode data = data(opened, YEAR_FIELDS);
        assertEquals("6000000.00", data.get("appropriation").asText());
        assertEquals("1500000.00", data.get("keyDistributed").asText());
        assertEquals("OPEN", data.get("status").asText());

        as(STEERING).when().get("/api/v1/years/2019")
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("appropriation", equalTo("6000000.00"));
        as(STEERING).when().get("/api/v1/years?size=200")
                .then().statusCode(200).body("items.year", hasItem(2019));
        workingGroup().body(Map.of("year", 2019, "appropriationName", "Anslag 1:2", "appropriation", "1.00"))
                .when().post("/api/v1/years").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void rejectsMoreThanTwoDecimalsAndKeyFundsAboveTheAppropriation() {
        workingGroup().body("{\"year\":2025,\"appropriationName\":\"Anslag 1:2\",\"appropriation\":\"10.005\"}")
                .when().post("/api/v1/years")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("appropriation"));
        workingGroup().body("{\"year\":2025,\"appropriationName\":\"Anslag 1:2\",\"appropriation\":\"10.00\","
                        + "\"keyDistributed\":\"10.01\"}")
                .when().post("/api/v1/years")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void changesTheFundingOnlyWithACurrentIfMatch() {
        openYear(2018);
        workingGroup().body(Map.of("keyDistributed", "1400000.00")).when().patch("/api/v1/years/2018")
                .then().statusCode(428).contentType("application/problem+json");
        workingGroup().header("If-Match", "\"7\"").body(Map.of("keyDistributed", "1400000.00"))
                .when().patch("/api/v1/years/2018")
                .then().statusCode(412).contentType("application/problem+json");
        String id = given().contentType("application/merge-patch+json; charset=UTF-8").auth().oauth2(WORKING_GROUP)
                .header("If-Match", "\"0\"").body(Map.of("keyDistributed", "1400000.00"))
                .when().patch("/api/v1/years/2018")
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("keyDistributed", equalTo("1400000.00"))
                .body("appropriation", equalTo("6000000.00"))
                .extract().path("id");
        JsonNode changed = data(awaitEvent(2018, FinanceEvents.YEAR_CHANGED, id), YEAR_FIELDS);
        assertEquals("1400000.00", changed.get("keyDistributed").asText());

        workingGroup().header("If-Match", "\"1\"")
                .body(Map.of("appropriationName", "Anslag 1:2 Miljöövervakning", "appropriation", "5500000.00"))
                .when().put("/api/v1/years/2018")
                .then().statusCode(400).body("errors[0].field", equalTo("keyDistributed"));
        workingGroup().header("If-Match", "\"1\"")
                .body(Map.of("appropriationName", "Anslag 1:2 Miljöövervakning", "appropriation", "5500000.00",
                        "keyDistributed", "1000000.00"))
                .when().put("/api/v1/years/2018")
                .then().statusCode(200).header("ETag", equalTo("\"2\"")).body("appropriation", equalTo("5500000.00"));
    }

    @Test
    void aClosedYearRefusesPostsEntriesCoFinancingAndChanges() {
        openYear(2017);
        String postId = definePost(2017, "Övrigt", "50000.00");
        workingGroup().when().post("/api/v1/years/2017/close").then().statusCode(428);
        String id = workingGroup().header("If-Match", "\"0\"").when().post("/api/v1/years/2017/close")
                .then().statusCode(200).body("status", equalTo("CLOSED")).extract().path("id");
        JsonNode closed = data(awaitEvent(2017, FinanceEvents.YEAR_CLOSED, id), YEAR_FIELDS);
        assertEquals("CLOSED", closed.get("status").asText());

        workingGroup().body(entry(postId, "2017-03-01", "100.00", "Webbhotell"))
                .when().post("/api/v1/years/2017/ledger-entries")
                .then().statusCode(409).contentType("application/problem+json");
        workingGroup().body(Map.of("name", "Arrangemang", "budget", "200000.00"))
                .when().post("/api/v1/years/2017/budget-posts").then().statusCode(409);
        workingGroup().body(Map.of("source", "LEKS (klimat och energi)", "amount", "220000.00"))
                .when().post("/api/v1/years/2017/co-financing").then().statusCode(409);
        workingGroup().header("If-Match", "\"1\"").body(Map.of("keyDistributed", "1.00"))
                .when().patch("/api/v1/years/2017").then().statusCode(409);
        workingGroup().header("If-Match", "\"1\"").when().post("/api/v1/years/2017/close").then().statusCode(409);
    }

    @Test
    void unknownYearIsNotFoundAndWritesNeedTheWorkingGroup() {
        workingGroup().when().get("/api/v1/years/1999").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/years").then().statusCode(401).contentType("application/problem+json");
        as(NATURVARDSVERKET).body(Map.of("year", 2026, "appropriationName", "Anslag 1:2", "appropriation", "1.00"))
                .when().post("/api/v1/years").then().statusCode(403).contentType("application/problem+json");
        as(NATURVARDSVERKET).when().get("/api/v1/years").then().statusCode(403).contentType("application/problem+json");
        as(COUNTY).when().get("/api/v1/years").then().statusCode(403).contentType("application/problem+json");
        as(STEERING).when().get("/api/v1/years").then().statusCode(200);
    }
}
