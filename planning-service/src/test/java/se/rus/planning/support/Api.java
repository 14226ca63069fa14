package se.rus.planning.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.TopicReader;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Shared helpers of the planning-service integration tests. */
public final class Api {

    public static final String TOPIC = "rus.planning.v1";
    public static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    public static final String STEERING = RusTestInfrastructure.token("rus-steering");
    public static final String NATURVARDSVERKET = RusTestInfrastructure.token("naturvardsverket");
    public static final String COUNTY = RusTestInfrastructure.countyToken("01");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification workingGroup() {
        return as(WORKING_GROUP);
    }

    public static String createPlan(int year, int periodStart, int periodEnd) {
        return workingGroup().body(Map.of("year", year, "title", "RUS verksamhetsplan " + year,
                        "periodStart", periodStart, "periodEnd", periodEnd,
                        "vision", "Miljömålen är uppnådda genom samverkan och effektiva insatser som förverkligar Agenda 2030."))
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }

    public static String addArea(int year, String name, String resourceNote) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", name);
        body.put("resourceNote", resourceNote);
        return workingGroup().body(body)
                .when().post("/api/v1/plans/" + year + "/areas").then().statusCode(201).extract().path("id");
    }

    /** The event of {@code type} about {@code subject}, as an independent consumer reads it from the topic. */
    public static Event awaitEvent(String type, String subject) {
        ConsumerRecord<String, String> record = TopicReader.await(TOPIC,
                r -> r.value().contains("\"type\":\"" + type + "\"") && r.value().contains("\"subject\":\"" + subject + "\""),
                Duration.ofSeconds(30));
        try {
            return new Event(record.key(), JSON.readTree(record.value()));
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + record.value(), e);
        }
    }

    public record Event(String key, JsonNode envelope) {
        public JsonNode data() {
            return envelope.get("data");
        }
    }
}
