package se.rus.reporting.readmodel;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.TopicReader;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class PlanningProjectionTest {

    private static final String TOKEN = RusTestInfrastructure.token("rus-working-group");

    private static String planCreated(UUID eventId, int year) {
        return """
                {"specversion":"1.0","id":"%s","source":"/planning-service","type":"se.rus.planning.PlanCreated.v1",
                 "subject":"%s","time":"%s","datacontenttype":"application/json","actor":"test",
                 "data":{"id":"%s","year":%d,"title":"RUS verksamhetsplan %d","status":"DRAFT","unknownField":true}}
                """.formatted(eventId, UUID.randomUUID(), Instant.now(), UUID.randomUUID(), year, year);
    }

    @Test
    void projectsAPlanningEventFromKafkaExactlyOnce() {
        String event = planCreated(UUID.randomUUID(), 2024);
        TopicReader.send("rus.planning.v1", "2024", event);
        TopicReader.send("rus.planning.v1", "2024", event);
        TopicReader.send("rus.planning.v1", "2024", "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID()
                + "\",\"type\":\"se.rus.planning.SomethingNew.v1\",\"data\":{}}");
        TopicReader.send("rus.planning.v1", "2024", planCreated(UUID.randomUUID(), 2023));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TOKEN).when().get("/api/v1/reports")
                        .then().statusCode(200)
                        .body("items.find { it.year == 2023 }.planTitle", equalTo("RUS verksamhetsplan 2023")));
        given().auth().oauth2(TOKEN).when().get("/api/v1/reports")
                .then().body("items.find { it.year == 2024 }.eventsApplied", equalTo(1));
    }

    @Test
    void rejectsAPageSizeAbove200() {
        given().auth().oauth2(TOKEN).when().get("/api/v1/reports?size=500")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }
}
