package se.rus.localstack;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/** Test helper that reads and writes real topics the way an independent consumer would. */
public final class TopicReader {

    private TopicReader() {
    }

    /** Waits for the first record on {@code topic} (read from the beginning) that matches. */
    public static ConsumerRecord<String, String> await(String topic, Predicate<ConsumerRecord<String, String>> matching,
                                                       Duration timeout) {
        return await(RusTestInfrastructure.kafkaBootstrapServers(), topic, matching, timeout);
    }

    /** As {@link #await(String, Predicate, Duration)}, on the broker at {@code bootstrapServers}. */
    public static ConsumerRecord<String, String> await(String bootstrapServers, String topic,
                                                       Predicate<ConsumerRecord<String, String>> matching, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(bootstrapServers))) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (matching.test(record)) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no matching record on " + topic + " within " + timeout);
    }

    /**
     * Publishes one record exactly as another service's outbox relay does (structured-mode
     * CloudEvent with its content-type header) and waits for the broker's ack.
     */
    public static void send(String topic, String key, String value) {
        send(topic, key, value, Map.of());
    }

    /** As {@link #send(String, String, String)}, with further headers (e.g. a W3C {@code traceparent}). */
    public static void send(String topic, String key, String value, Map<String, String> headers) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            producer.send(record(topic, key, value, headers)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    /**
     * Publishes the values in order under one key as a burst: one producer sends them all before it waits for
     * the acknowledgements, as a relay does with a full outbox batch.
     */
    public static void sendAll(String topic, String key, List<String> values) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (String value : values) {
                acks.add(producer.send(record(topic, key, value, Map.of())));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    private static ProducerRecord<String, String> record(String topic, String key, String value,
                                                         Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        headers.forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private static Map<String, Object> producerConfig() {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RusTestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    }

    private static Map<String, Object> consumerConfig(String bootstrapServers) {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    }
}
