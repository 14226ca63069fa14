package se.rus.finance.year;

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
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class FinancialYearResourceTest {

    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");

    @Test
    void opensAYearWithAnExactAppropriationAndPublishesIt() {
        String id = given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .body("{\"year\":2024,\"appropriationName\":\"Anslag 1:2 Miljöövervakning\",\"appropriation\":\"6000000.00\"}")
                .when().post("/api/v1/years")
                .then().statusCode(201)
                .body("appropriation", equalTo("6000000.00"))
                .body("status", equalTo("OPEN"))
                .extract().path("id");

        ConsumerRecord<String, String> record = TopicReader.await("rus.finance.v1",
                r -> r.value().contains(id), Duration.ofSeconds(30));
        assertEquals("2024", record.key());
        assertTrue(record.value().contains("\"appropriation\":\"6000000.00\""), record.value());

        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/years/2024")
                .then().statusCode(200).body("appropriation", equalTo("6000000.00"));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .body(Map.of("year", 2024, "appropriationName", "Anslag 1:2", "appropriation", "1.00"))
                .when().post("/api/v1/years").then().statusCode(409);
    }

    @Test
    void rejectsMoreThanTwoDecimals() {
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .body("{\"year\":2025,\"appropriationName\":\"Anslag 1:2\",\"appropriation\":\"10.005\"}")
                .when().post("/api/v1/years")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("appropriation"));
    }

    @Test
    void unknownYearIsNotFoundAndWritesNeedTheWorkingGroup() {
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/years/1999").then().statusCode(404);
        given().when().get("/api/v1/years").then().statusCode(401);
        given().auth().oauth2(RusTestInfrastructure.token("naturvardsverket")).contentType(ContentType.JSON)
                .body(Map.of("year", 2026, "appropriationName", "Anslag 1:2", "appropriation", "1.00"))
                .when().post("/api/v1/years").then().statusCode(403);
    }
}
