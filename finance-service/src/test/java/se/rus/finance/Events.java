package se.rus.finance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reads CloudEvents from the topic and checks payloads against deploy/contracts/EVENTS.md. */
public final class Events {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    public static JsonNode envelope(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + record.value(), e);
        }
    }

    /** The payload, after asserting it has exactly the contract's fields. */
    public static JsonNode data(ConsumerRecord<String, String> record, String... contractFields) {
        JsonNode envelope = envelope(record);
        assertEquals("1.0", envelope.get("specversion").asText());
        assertEquals("/finance-service", envelope.get("source").asText());
        JsonNode data = envelope.get("data");
        Set<String> actual = new TreeSet<>();
        data.fieldNames().forEachRemaining(actual::add);
        assertEquals(new TreeSet<>(Set.of(contractFields)), actual, "payload fields of " + envelope.get("type"));
        return data;
    }
}
