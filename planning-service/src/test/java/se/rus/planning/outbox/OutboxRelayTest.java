package se.rus.planning.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.platform.events.EventPublisher;
import se.rus.platform.events.OutboxRelay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The relay sends in batches without losing, doubling or reordering a year's events, and one instance relays at a time. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class OutboxRelayTest {

    private static final String TOPIC = "rus.planning.v1";
    private static final Pattern SEQUENCE = Pattern.compile("\"burst\":\"([^\"]+)\",\"n\":(\\d+)");

    record BurstPayload(String burst, int n) {
    }

    @Inject
    EventPublisher events;

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBurstArrivesOnceEachInCommitOrder() {
        String burst = UUID.randomUUID().toString();
        int count = 1_250;
        // several transactions, so batches cross transaction boundaries
        for (int from = 0; from < count; from += 250) {
            int start = from;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int n = start; n < start + 250; n++) {
                    events.publish(TOPIC, "2097", "se.rus.planning.RelayProbe.v1", burst, new BurstPayload(burst, n));
                }
            });
        }

        List<Integer> received = readBurst(burst, count, Duration.ofSeconds(90));
        List<Integer> expected = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            expected.add(n);
        }
        assertEquals(expected, received, "every event once, in the order written");
        await().atMost(Duration.ofSeconds(30)).until(() -> unpublished(burst) == 0);
    }

    @Test
    void whileAnotherInstanceHoldsTheRelayLockNothingIsSentTwiceOrOutOfTurn() throws Exception {
        String burst = UUID.randomUUID().toString();
        try (Connection otherInstance = dataSource.getConnection()) {
            try (PreparedStatement lock = otherInstance.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, OutboxRelay.RELAY_LOCK);
                lock.execute();
            }
            QuarkusTransaction.requiringNew().run(() ->
                    events.publish(TOPIC, "2098", "se.rus.planning.RelayProbe.v1", burst, new BurstPayload(burst, 0)));
            Thread.sleep(3000);
            assertEquals(1, unpublished(burst), "the event waits while another instance holds the relay");
            try (PreparedStatement unlock = otherInstance.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, OutboxRelay.RELAY_LOCK);
                unlock.execute();
            }
        }
        assertEquals(List.of(0), readBurst(burst, 1, Duration.ofSeconds(30)));
        await().atMost(Duration.ofSeconds(30)).until(() -> unpublished(burst) == 0);
    }

    private long unpublished(String burst) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE subject = :burst AND published_at IS NULL")
                .setParameter("burst", burst).getSingleResult()).longValue());
    }

    /** Reads the topic from the start until {@code count} events of the burst arrived, then a little longer for extras. */
    private static List<Integer> readBurst(String burst, int count, Duration timeout) {
        List<Integer> received = new ArrayList<>();
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RusTestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "relay-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            Instant deadline = Instant.now().plus(timeout);
            Instant settleUntil = null;
            while (Instant.now().isBefore(deadline) && (settleUntil == null || Instant.now().isBefore(settleUntil))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Matcher matcher = SEQUENCE.matcher(record.value());
                    if (matcher.find() && matcher.group(1).equals(burst)) {
                        received.add(Integer.parseInt(matcher.group(2)));
                    }
                }
                if (settleUntil == null && received.size() >= count) {
                    settleUntil = Instant.now().plusSeconds(2);
                }
            }
        }
        assertFalse(received.isEmpty(), "no event of the burst arrived");
        return received;
    }
}
