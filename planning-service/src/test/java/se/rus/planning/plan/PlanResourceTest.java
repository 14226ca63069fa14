package se.rus.planning.plan;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.TopicReader;
import se.rus.planning.support.Api;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class PlanResourceTest {

    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");

    private static Map<String, Object> plan(int year) {
        return Map.of("year", year, "title", "RUS verksamhetsplan " + year, "periodStart", 2022, "periodEnd", 2024,
                "vision", "Miljömålen är uppnådda genom samverkan och effektiva insatser som förverkligar Agenda 2030.");
    }

    @Test
    void createsAPlanAndPublishesPlanCreatedThroughTheOutbox() {
        String id = given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(plan(2023))
                .when().post("/api/v1/plans")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/plans/2023"))
                .header("ETag", notNullValue())
                .body("status", equalTo("DRAFT"))
                .body("title", equalTo("RUS verksamhetsplan 2023"))
                .extract().path("id");

        ConsumerRecord<String, String> record = TopicReader.await("rus.planning.v1",
                r -> r.value().contains(id), Duration.ofSeconds(30));
        assertEquals("2023", record.key());
        assertTrue(record.value().contains("\"type\":\"se.rus.planning.PlanCreated.v1\""), record.value());
        assertTrue(record.value().contains("\"actor\":\"test-rus-working-group\""), record.value());
        assertTrue(record.value().contains("\"source\":\"/planning-service\""), record.value());

        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/plans/2023")
                .then().statusCode(200).header("ETag", notNullValue()).body("id", equalTo(id));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/plans?size=200")
                .then().statusCode(200).body("items.year", hasItem(2023)).body("size", equalTo(200));
    }

    @Test
    void rejectsASecondPlanForTheSameYear() {
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(plan(2022))
                .when().post("/api/v1/plans").then().statusCode(201);
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(plan(2022))
                .when().post("/api/v1/plans")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://rus.example/problems/conflict"));
    }

    @Test
    void namesTheInvalidField() {
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .body(Map.of("year", 2024, "title", " ", "periodStart", 2022, "periodEnd", 2024))
                .when().post("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("title"));
    }

    @Test
    void unknownYearIsNotFound() {
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/plans/1999")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("1999"));
    }

    @Test
    void everyReadOfAYearWithoutAPlanIsNotFound() {
        for (String path : List.of("", "/summary", "/history", "/areas", "/activities", "/members")) {
            given().auth().oauth2(Api.STEERING).when().get("/api/v1/plans/2001" + path)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://rus.example/problems/not-found"))
                    .body("title", equalTo("Resursen finns inte"))
                    .body("detail", equalTo("Det finns ingen plan för 2001"));
        }
    }

    @Test
    void problemDetailsAreSwedishAndNameTheField() {
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/plans?status=DONE")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", equalTo("\"DONE\" är inget tillåtet värde; tillåtna värden: DRAFT, ADOPTED"));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .body(Map.of("year", 2021, "title", "RUS verksamhetsplan 2021", "periodStart", 2022, "periodEnd", 2024))
                .when().post("/api/v1/plans")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("periodStart"))
                .body("errors[0].message", equalTo("perioden 2022–2024 måste innehålla planåret 2021"));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/goal-periods/2022/goals")
                .then().statusCode(400).body("errors[0].message", equalTo("ska skrivas ÅÅÅÅ-ÅÅÅÅ, t.ex. 2022-2024"));
    }

    @Test
    void requiresATokenAndTheWorkingGroupRoleToWrite() {
        given().when().get("/api/v1/plans").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(RusTestInfrastructure.countyToken("01")).contentType(ContentType.JSON).body(plan(2021))
                .when().post("/api/v1/plans")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void editsAndAdoptsAPlanWithIfMatchAndRecordsEveryChange() {
        String id = Api.createPlan(2031, 2031, 2033);
        String etag = given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/plans/2031")
                .then().statusCode(200).extract().header("ETag");

        Map<String, Object> changes = Map.of("title", "RUS verksamhetsplan 2031 (reviderad)", "periodStart", 2031,
                "periodEnd", 2033, "vision", "Miljömålen är uppnådda.");
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(changes)
                .when().put("/api/v1/plans/2031")
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", "\"999\"").body(changes)
                .when().put("/api/v1/plans/2031")
                .then().statusCode(412).contentType("application/problem+json");
        String changedTag = given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", etag)
                .body(changes)
                .when().put("/api/v1/plans/2031")
                .then().statusCode(200).body("title", equalTo("RUS verksamhetsplan 2031 (reviderad)"))
                .extract().header("ETag");
        assertNotEquals(etag, changedTag);

        Api.Event changed = Api.awaitEvent("se.rus.planning.PlanChanged.v1", id);
        assertEquals("2031", changed.key());
        assertEquals("RUS verksamhetsplan 2031 (reviderad)", changed.data().get("title").asText());
        assertEquals("DRAFT", changed.data().get("status").asText());
        assertEquals(2031, changed.data().get("year").asInt());
        assertEquals(2033, changed.data().get("periodEnd").asInt());
        assertEquals(7, changed.data().size(), "exactly the contract's fields: " + changed.data());

        given().auth().oauth2(WORKING_GROUP).header("If-Match", etag).when().post("/api/v1/plans/2031/adopt")
                .then().statusCode(412);
        given().auth().oauth2(WORKING_GROUP).when().post("/api/v1/plans/2031/adopt")
                .then().statusCode(200).body("status", equalTo("ADOPTED"));
        given().auth().oauth2(WORKING_GROUP).when().post("/api/v1/plans/2031/adopt")
                .then().statusCode(409).contentType("application/problem+json");
        Api.Event adopted = Api.awaitEvent("se.rus.planning.PlanAdopted.v1", id);
        assertEquals("ADOPTED", adopted.data().get("status").asText());

        // an adopted plan stays editable for the working group, and the change is recorded
        String adoptedTag = given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/plans/2031")
                .then().extract().header("ETag");
        given().auth().oauth2(WORKING_GROUP).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", adoptedTag)
                .body("{\"vision\": null}")
                .when().patch("/api/v1/plans/2031")
                .then().statusCode(200).body("vision", nullValue()).body("status", equalTo("ADOPTED"))
                .body("title", equalTo("RUS verksamhetsplan 2031 (reviderad)"));

        given().auth().oauth2(Api.STEERING).when().get("/api/v1/plans/2031/history?size=2")
                .then().statusCode(200)
                .body("totalItems", equalTo(4))
                .body("items.type", contains("se.rus.planning.PlanCreated.v1", "se.rus.planning.PlanChanged.v1"))
                .body("items[0].subject", equalTo(id))
                .body("items[0].actor", equalTo("test-rus-working-group"))
                .body("items[0].time", notNullValue());
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/plans/2031/history?page=1&size=2")
                .then().statusCode(200)
                .body("items.type", contains("se.rus.planning.PlanAdopted.v1", "se.rus.planning.PlanChanged.v1"));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/plans/2031/history?type=se.rus.planning.PlanChanged.v1")
                .then().statusCode(200).body("totalItems", equalTo(2));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/plans?status=ADOPTED")
                .then().statusCode(200).body("items.year", hasItem(2031)).body("items.status", everyItem(equalTo("ADOPTED")));
    }

    @Test
    void rejectsInvalidEditsAndUnknownYears() {
        Api.createPlan(2032, 2031, 2033);
        String etag = given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/plans/2032")
                .then().extract().header("ETag");
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("title", "RUS verksamhetsplan 2032", "periodStart", 2033, "periodEnd", 2035))
                .when().put("/api/v1/plans/2032")
                .then().statusCode(400).body("errors[0].field", equalTo("periodStart"));
        given().auth().oauth2(WORKING_GROUP).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", etag)
                .body("{\"title\": \"\"}")
                .when().patch("/api/v1/plans/2032")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("title"));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("title", "x", "periodStart", 2000, "periodEnd", 2002))
                .when().put("/api/v1/plans/1998")
                .then().statusCode(404);
        given().auth().oauth2(WORKING_GROUP).when().post("/api/v1/plans/1998/adopt").then().statusCode(404);
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/plans/1998/history").then().statusCode(404);
        given().auth().oauth2(Api.STEERING).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("title", "x", "periodStart", 2031, "periodEnd", 2033))
                .when().put("/api/v1/plans/2032").then().statusCode(403);
        given().auth().oauth2(Api.NATURVARDSVERKET).when().post("/api/v1/plans/2032/adopt").then().statusCode(403);
        given().auth().oauth2(Api.COUNTY).when().get("/api/v1/plans/2032").then().statusCode(200);
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/plans?size=201")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }
}
