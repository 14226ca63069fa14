package se.rus.followup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import se.rus.localstack.TopicReader;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

/** Publishes planning events the way planning-service's relay would, per deploy/contracts/EVENTS.md. */
public final class PlanningFixture {

    public static final String PLANNING_TOPIC = "rus.planning.v1";
    public static final String FOLLOWUP_TOPIC = "rus.followup.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanningFixture() {
    }

    public static String envelope(UUID eventId, String type, UUID subject, Map<String, Object> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", eventId.toString());
        event.put("source", "/planning-service");
        event.put("type", "se.rus.planning." + type);
        event.put("subject", subject.toString());
        event.put("time", Instant.now().toString());
        event.put("datacontenttype", "application/json");
        event.put("actor", "test-planner");
        event.put("actororganisation", "Lst Gävleborg");
        event.put("data", data);
        return write(event);
    }

    public static Map<String, Object> plan(UUID id, int year, int periodStart, int periodEnd) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id.toString());
        data.put("year", year);
        data.put("title", "RUS verksamhetsplan " + year);
        data.put("vision", "Miljömålen är uppnådda genom samverkan och effektiva insatser som förverkligar Agenda 2030.");
        data.put("periodStart", periodStart);
        data.put("periodEnd", periodEnd);
        data.put("status", "ADOPTED");
        return data;
    }

    public static Map<String, Object> area(UUID id, UUID planId, int year, int position, String name) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id.toString());
        data.put("planId", planId.toString());
        data.put("year", year);
        data.put("position", position);
        data.put("name", name);
        data.put("resourceNote", "I verksamhetsplanen " + year + " tidsattes denna till 247 arbetsdagar.");
        return data;
    }

    public static Map<String, Object> activity(UUID id, UUID planId, int year, UUID areaId, String areaName,
                                               int position, String title) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id.toString());
        data.put("planId", planId.toString());
        data.put("year", year);
        data.put("areaId", areaId.toString());
        data.put("areaName", areaName);
        data.put("position", position);
        data.put("title", title);
        data.put("description", List.of(Map.of("kind", "PARAGRAPH", "text", "Stöd till länsstyrelsernas arbete.")));
        data.put("plannedDays", 119);
        data.put("extraDays", null);
        data.put("extraEffortNote", null);
        data.put("prioritised", true);
        data.put("developmentEffort", "NONE");
        data.put("responsible", List.of());
        data.put("someFieldAddedLater", "ignored");
        return data;
    }

    public static Map<String, Object> goal(UUID id, int periodStart, int periodEnd, String areaName, int position,
                                           String text) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id.toString());
        data.put("periodStart", periodStart);
        data.put("periodEnd", periodEnd);
        data.put("areaName", areaName);
        data.put("position", position);
        data.put("text", text);
        return data;
    }

    public static void send(int year, String envelope) {
        TopicReader.send(PLANNING_TOPIC, Integer.toString(year), envelope);
    }

    /** Sends a fresh event about {@code data} (whose id is the subject). */
    public static void publish(int year, String type, Map<String, Object> data) {
        send(year, envelope(UUID.randomUUID(), type, UUID.fromString(data.get("id").toString()), data));
    }

    public static void awaitActivityKnown(String token, int year, UUID activityId) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(token).when().get("/api/v1/followups/" + year + "/activities?size=200")
                        .then().statusCode(200).body("items.id", hasItem(activityId.toString())));
    }

    /** A record read back from rus.followup.v1: its Kafka key and its parsed CloudEvent. */
    public record Received(String key, JsonNode event) {

        public JsonNode data() {
            return event.get("data");
        }
    }

    public static Received awaitFollowUpEvent(String type, String subject) {
        ConsumerRecord<String, String> record = TopicReader.await(FOLLOWUP_TOPIC,
                r -> r.value().contains("\"type\":\"se.rus.followup." + type + "\"") && r.value().contains(subject),
                Duration.ofSeconds(30));
        try {
            return new Received(record.key(), JSON.readTree(record.value()));
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + record.value(), e);
        }
    }

    public static Map<String, Object> paragraph(String text) {
        return Map.of("kind", "PARAGRAPH", "text", text);
    }

    public static Map<String, Object> bullets(String... items) {
        return Map.of("kind", "BULLETS", "items", List.of(items));
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
