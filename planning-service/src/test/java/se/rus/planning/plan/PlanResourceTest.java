package se.rus.planning.plan;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.TopicReader;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/plans?size=10")
                .then().statusCode(200).body("items.year", hasItem(2023)).body("size", equalTo(10));
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
    void requiresATokenAndTheWorkingGroupRoleToWrite() {
        given().when().get("/api/v1/plans").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(RusTestInfrastructure.countyToken("01")).contentType(ContentType.JSON).body(plan(2021))
                .when().post("/api/v1/plans")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
