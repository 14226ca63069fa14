package se.rus.reporting.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import se.rus.localstack.TopicReader;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** CloudEvents exactly as EVENTS.md describes them, as the other services' relays put them on the topics. */
public final class ContractEvents {

    public static final String PLANNING = "rus.planning.v1";
    public static final String FINANCE = "rus.finance.v1";
    public static final String FOLLOWUP = "rus.followup.v1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractEvents() {
    }

    public record Sent(String topic, String key, String envelope) {
        public void send() {
            TopicReader.send(topic, key, envelope);
        }

        /** Sent inside the trace {@code traceParent} names, as another service's outbox relay sends it. */
        public void sendInTrace(String traceParent) {
            TopicReader.send(topic, key, envelope, Map.of("traceparent", traceParent));
        }

        /** As a consumer would receive it, for a test that hands it to the intake directly (no broker offset). */
        public ConsumerRecord<String, String> asRecord() {
            return new ConsumerRecord<>(topic, 0, -1L, key, envelope);
        }
    }

    public static Sent event(String topic, int year, String type, Object subject, Map<String, Object> data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("specversion", "1.0");
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("source", "/" + topic.split("\\.")[1] + "-service");
        envelope.put("type", type);
        envelope.put("subject", String.valueOf(subject));
        envelope.put("time", Instant.now().toString());
        envelope.put("datacontenttype", "application/json");
        envelope.put("actor", "test-producer");
        envelope.put("actororganisation", "Lst Gävleborg");
        envelope.put("data", data);
        try {
            return new Sent(topic, Integer.toString(year), JSON.writeValueAsString(envelope));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds a JSON object keeping the given order and allowing nulls. */
    public static Map<String, Object> data(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public static List<Map<String, Object>> paragraphs(String... texts) {
        return Arrays.stream(texts).map(t -> data("kind", "PARAGRAPH", "text", t)).toList();
    }

    public static Map<String, Object> bullets(String... items) {
        return data("kind", "BULLETS", "items", List.of(items));
    }
}
