package se.rus.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The control flow of {@link IncomingEvents#takeAll}: the batch function first, and each record on its own, in
 * order, only when the batch fails. Dead letters and retries of the single path are tested with a real broker and
 * database by the consumers (reporting's DeadLetterTest, DatabaseOutageTest, BurstIntakeTest).
 */
class TakingABatchTest {

    private final IncomingEvents incoming = new IncomingEvents();

    TakingABatchTest() {
        incoming.inbox = new Inbox(new ObjectMapper());
    }

    @Test
    void aBatchThatAppliesIsAppliedOnceAsAWhole() {
        List<ConsumerRecord<String, String>> records = records(5);
        List<List<CloudEvent>> batches = new ArrayList<>();
        List<CloudEvent> single = new ArrayList<>();
        incoming.takeAll(records, batches::add, single::add);
        assertEquals(1, batches.size());
        assertEquals(ids(records), batches.get(0).stream().map(e -> e.id().toString()).toList());
        assertTrue(single.isEmpty());
    }

    @Test
    void aBatchThatFailsIsTakenRecordByRecordInOrder() {
        List<ConsumerRecord<String, String>> records = records(5);
        List<CloudEvent> single = new ArrayList<>();
        incoming.takeAll(records, events -> {
            throw new IllegalStateException("rolled back");
        }, single::add);
        assertEquals(ids(records), single.stream().map(e -> e.id().toString()).toList());
    }

    @Test
    void oneRecordIsTakenAsASingleConsumerTakesIt() {
        List<ConsumerRecord<String, String>> records = records(1);
        List<CloudEvent> single = new ArrayList<>();
        incoming.takeAll(records, events -> {
            throw new AssertionError("no batch for one record");
        }, single::add);
        assertEquals(1, single.size());
    }

    private static List<ConsumerRecord<String, String>> records(int count) {
        return IntStream.range(0, count).mapToObj(i -> new ConsumerRecord<>("rus.test.v1", 0, i, "2024",
                "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"se.rus.test.Happened.v1\","
                        + "\"data\":{\"n\":" + i + "}}")).toList();
    }

    private static List<String> ids(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> r.value().substring(27, 63)).toList();
    }
}
