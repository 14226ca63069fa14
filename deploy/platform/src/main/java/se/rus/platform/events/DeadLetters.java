package se.rus.platform.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Records a consumer could not parse or apply: counted in the consumer's own database (table
 * {@code dead_letter}, its own transaction) and forwarded to {@code <topic>.dlq} with the original key, value
 * and headers plus headers naming the reason and where the record came from. Nothing is skipped silently.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String TOPIC_SUFFIX = ".dlq";
    public static final String REASON = "dead-letter-reason";
    public static final String ORIGINAL_TOPIC = "dead-letter-topic";
    public static final String ORIGINAL_PARTITION = "dead-letter-partition";
    public static final String ORIGINAL_OFFSET = "dead-letter-offset";
    public static final String EVENT_ID = "dead-letter-event-id";
    public static final String EVENT_TYPE = "dead-letter-event-type";
    /** Two services consume rus.planning.v1 and may both dead-letter one record; this says which one did. */
    public static final String CONSUMER = "dead-letter-consumer";

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final int REASON_LIMIT = 2000;
    private static final long ACK_TIMEOUT_SECONDS = 30;

    @Inject
    EntityManager entityManager;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "quarkus.application.name")
    String consumer;

    private KafkaProducer<String, String> producer;

    /** How many records this service has dead-lettered, ever. */
    public long count() {
        return QuarkusTransaction.joiningExisting().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM dead_letter").getSingleResult()).longValue());
    }

    /**
     * Counts the record (once per topic, partition and offset, however often it is delivered) and forwards
     * it unless an earlier delivery already did. Throws when the database or the broker cannot be reached;
     * the caller then retries the whole record.
     */
    void take(ConsumerRecord<String, String> record, CloudEvent event, String reason) {
        UUID eventId = event == null ? null : event.id();
        String type = event == null ? null : printable(event.type(), 500);
        String why = printable(reason, REASON_LIMIT);
        boolean forwarded = QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("INSERT INTO dead_letter (topic, kafka_partition, kafka_offset, event_id, "
                            + "event_type, reason, dead_at) VALUES (:topic, :partition, :offset, :id, :type, :reason, now()) "
                            + "ON CONFLICT DO NOTHING")
                    .setParameter("topic", record.topic())
                    .setParameter("partition", record.partition())
                    .setParameter("offset", record.offset())
                    .setParameter("id", eventId)
                    .setParameter("type", type)
                    .setParameter("reason", why)
                    .executeUpdate();
            List<?> done = entityManager.createNativeQuery("SELECT 1 FROM dead_letter WHERE topic = :topic "
                            + "AND kafka_partition = :partition AND kafka_offset = :offset AND forwarded_at IS NOT NULL")
                    .setParameter("topic", record.topic())
                    .setParameter("partition", record.partition())
                    .setParameter("offset", record.offset())
                    .getResultList();
            return !done.isEmpty();
        });
        if (forwarded) {
            return;
        }
        forward(record, eventId, type, why);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("UPDATE dead_letter SET "
                        + "forwarded_at = now() WHERE topic = :topic AND kafka_partition = :partition AND kafka_offset = :offset")
                .setParameter("topic", record.topic())
                .setParameter("partition", record.partition())
                .setParameter("offset", record.offset())
                .executeUpdate());
        LOG.errorf("dead letter: %s[%d]@%d (event %s, %s) went to %s: %s", record.topic(), record.partition(),
                record.offset(), eventId, type, record.topic() + TOPIC_SUFFIX, why);
    }

    private void forward(ConsumerRecord<String, String> record, UUID eventId, String type, String reason) {
        ProducerRecord<String, String> dead = new ProducerRecord<>(record.topic() + TOPIC_SUFFIX, record.key(), record.value());
        for (Header header : record.headers()) {
            dead.headers().add(header);
        }
        header(dead, REASON, reason);
        header(dead, ORIGINAL_TOPIC, record.topic());
        header(dead, ORIGINAL_PARTITION, Integer.toString(record.partition()));
        header(dead, ORIGINAL_OFFSET, Long.toString(record.offset()));
        header(dead, EVENT_ID, eventId == null ? null : eventId.toString());
        header(dead, EVENT_TYPE, type);
        header(dead, CONSUMER, consumer);
        try {
            producer().send(dead).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while forwarding a dead letter", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not take the dead letter for " + record.topic(), e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Created on the first dead letter: most services never need one. */
    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>(kafkaConfig);
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.CLIENT_ID_CONFIG, consumer + "-dead-letters");
            // fail within seconds while the broker is away, so the consumer's back-off (not a blocked send) waits
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 25_000);
            producer = new KafkaProducer<>(config);
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close();
        }
    }

    /** PostgreSQL text takes no NUL character, and a reason need not be a novel. */
    private static String printable(String text, int limit) {
        if (text == null) {
            return null;
        }
        String clean = text.replace('\u0000', '\uFFFD');
        return clean.length() <= limit ? clean : clean.substring(0, limit) + "…";
    }
}
