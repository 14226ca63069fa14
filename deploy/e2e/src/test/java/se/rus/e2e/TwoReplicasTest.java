package se.rus.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Two instances of finance-service and two of reporting-service on one database each and one broker whose topics
 * have three partitions: writes go through both finance instances, the report is read from both reporting
 * instances. Every event arrives once, each year's events keep the outbox's order, and both reporting instances
 * serve the same, current figures — including right after an event that only the other instance consumed.
 */
class TwoReplicasTest {

    private static final String WORKING_GROUP = "rus-working-group";
    private static final String FINANCE_TOPIC = "rus.finance.v1";
    private static final String LEDGER_ENTRY_RECORDED = "se.rus.finance.LedgerEntryRecorded.v1";
    private static final List<Integer> YEARS = List.of(2061, 2062, 2063, 2064, 2065, 2066);
    private static final int ENTRIES_PER_YEAR = 40;
    private static final Duration PROPAGATION = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static RunningSuite suite;

    @BeforeAll
    static void start() throws Exception {
        suite = new RunningSuite(RunningSuite.Options.defaults()
                .withInstances("finance", 2)
                .withInstances("reporting", 2)
                .withPartitions(3));
    }

    @AfterAll
    static void stop() throws Exception {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void everyEventOnceInOrderPerYearAndBothReportingInstancesServeTheSameCurrentFigures() throws Exception {
        List<URI> finance = suite.urls("finance");
        List<URI> reporting = suite.urls("reporting");
        Map<Integer, UUID> posts = new LinkedHashMap<>();
        for (int year : YEARS) {
            posts.put(year, prepare(year, finance.get(year % 2)));
        }

        Map<Integer, BigDecimal> written = new TreeMap<>();
        int sent = 0;
        for (int i = 0; i < ENTRIES_PER_YEAR; i++) {
            for (int year : YEARS) {
                // alternate the writing instance, and make every tenth entry a negative correction
                BigDecimal amount = BigDecimal.valueOf((i % 10 == 9 ? -1 : 1) * (10_000L + 137L * i + year), 2);
                created(post(finance.get(sent % 2), "/api/v1/years/" + year + "/ledger-entries",
                        entry(posts.get(year), year, "R" + year + "-" + i, amount)));
                written.merge(year, amount, BigDecimal::add);
                sent++;
            }
        }

        awaitCondition("both reporting instances showing what was written", () -> sameFiguresEverywhere(reporting, written));

        // every event arrived once: one inbox row per LedgerEntryRecorded event, none missing, none twice
        List<String> events = outboxOrder(null);
        assertEquals(sent, events.size(), "finance wrote one event per entry");
        assertEquals(sent, processedOnce(events), "reporting applied each LedgerEntryRecorded event exactly once");

        // per-year order: the records of a year sit on one partition in the order of finance's outbox
        Map<Integer, List<String>> onTopic = recordsPerYear();
        for (int year : YEARS) {
            assertEquals(outboxOrder(year), onTopic.get(year), year + ": topic order = outbox order");
        }

        // the consumer group spreads the partitions over both reporting instances
        Map<String, Set<TopicPartition>> assignment = financeAssignment();
        assertEquals(2, assignment.size(), "both reporting instances hold finance partitions: " + assignment);
        assertEquals(3, assignment.values().stream().mapToInt(Set::size).sum(), "every partition held once: " + assignment);

        // a change consumed by one instance reaches the other's (cached) report: read both, write, read both
        for (int year : YEARS) {
            for (URI instance : reporting) {
                assertEquals(200, get(instance, "/api/v1/reports/" + year).statusCode());
            }
            BigDecimal late = new BigDecimal("123.45");
            created(post(finance.get(1), "/api/v1/years/" + year + "/ledger-entries",
                    entry(posts.get(year), year, "R" + year + "-late", late)));
            written.merge(year, late, BigDecimal::add);
        }
        awaitCondition("both reporting instances showing the late entries", () -> sameFiguresEverywhere(reporting, written));
        for (int year : YEARS) {
            String first = get(reporting.get(0), "/api/v1/reports/" + year + "?format=md").body();
            String second = get(reporting.get(1), "/api/v1/reports/" + year + "?format=md").body();
            assertEquals(first, second, year + ": the same Markdown report from both instances");
        }
        System.out.printf("TWO-REPLICAS: %d entries written through 2 finance instances over %d years on 3 partitions;"
                        + " %d events applied once by 2 reporting instances (assignment %s); per-year order kept%n",
                sent + YEARS.size(), YEARS.size(), processedOnce(outboxOrder(null)), assignment);
    }

    /** A plan, a financial year and one post, known to reporting before the writes start. */
    private static UUID prepare(int year, URI finance) throws Exception {
        URI planning = suite.urls.get("planning");
        created(post(planning, "/api/v1/plans", Map.of("year", year, "title", "Replikplan " + year,
                "vision", "Två instanser", "periodStart", year, "periodEnd", year + 2)));
        created(post(planning, "/api/v1/plans/" + year + "/areas",
                Map.of("name", "Replikområde", "resourceNote", "Två instanser")));
        created(post(finance, "/api/v1/years", Map.of("year", year, "appropriationName", "Anslag 1:2",
                "appropriation", "1000000.00", "keyDistributed", "0.00")));
        UUID post = UUID.fromString(JSON.readTree(created(post(finance, "/api/v1/years/" + year + "/budget-posts",
                Map.of("name", "Replikpost", "budget", "1000000.00"))).body()).path("id").asText());
        awaitCondition("reporting knowing the post of " + year, () -> {
            for (URI instance : suite.urls("reporting")) {
                HttpResponse<String> report = get(instance, "/api/v1/reports/" + year);
                if (report.statusCode() != 200
                        || JSON.readTree(report.body()).path("economy").path("posts").size() != 1) {
                    return false;
                }
            }
            return true;
        });
        return post;
    }

    private static Map<String, Object> entry(UUID post, int year, String ref, BigDecimal amount) {
        return Map.of("postId", post, "entryDate", year + "-06-15", "amount", amount.toPlainString(),
                "text", "Verifikation " + ref, "category", "DIRECT_SPEND", "externalRef", ref);
    }

    private static boolean sameFiguresEverywhere(List<URI> reporting, Map<Integer, BigDecimal> written) throws Exception {
        for (URI instance : reporting) {
            for (Map.Entry<Integer, BigDecimal> year : written.entrySet()) {
                HttpResponse<String> report = get(instance, "/api/v1/reports/" + year.getKey());
                if (report.statusCode() != 200) {
                    return false;
                }
                String outcome = JSON.readTree(report.body()).path("economy").path("totalOutcome").asText();
                if (!year.getValue().setScale(2).toPlainString().equals(outcome)) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---- what the services stored and the broker holds (the test's own reading, never the services' code) ----

    /** Event ids of LedgerEntryRecorded in finance's outbox order, of one year or (null) of all. */
    private static List<String> outboxOrder(Integer year) throws SQLException {
        try (Connection db = DriverManager.getConnection(suite.jdbcUrl("finance"), "postgres", "postgres");
             var query = db.prepareStatement("SELECT id FROM outbox_event WHERE type = ? AND (? IS NULL OR message_key = ?)"
                     + " ORDER BY seq")) {
            query.setString(1, LEDGER_ENTRY_RECORDED);
            query.setString(2, year == null ? null : year.toString());
            query.setString(3, year == null ? null : year.toString());
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    private static int processedOnce(List<String> eventIds) throws SQLException {
        try (Connection db = DriverManager.getConnection(suite.jdbcUrl("reporting"), "postgres", "postgres");
             var query = db.prepareStatement("SELECT count(*) FROM processed_event WHERE event_id = ANY (?)")) {
            query.setArray(1, db.createArrayOf("uuid", eventIds.stream().map(UUID::fromString).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** LedgerEntryRecorded ids per year as the topic holds them, checking each year stays on one partition. */
    private static Map<Integer, List<String>> recordsPerYear() throws IOException {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Map<Integer, List<String>> ids = new HashMap<>();
        Map<Integer, Integer> partitionOfYear = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(FINANCE_TOPIC, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(FINANCE_TOPIC, p.partition())).toList();
            assertEquals(3, partitions.size(), "partitions of " + FINANCE_TOPIC);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(PROPAGATION);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    fail("could not read " + FINANCE_TOPIC + " to its end");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode event = JSON.readTree(record.value());
                    if (!LEDGER_ENTRY_RECORDED.equals(event.path("type").asText())) {
                        continue;
                    }
                    int year = Integer.parseInt(record.key());
                    Integer earlier = partitionOfYear.putIfAbsent(year, record.partition());
                    assertTrue(earlier == null || earlier == record.partition(), year + " on more than one partition");
                    List<String> ofYear = ids.computeIfAbsent(year, y -> new ArrayList<>());
                    String id = event.path("id").asText();
                    // a relay that resent after a lost acknowledgement leaves a later copy; order is by first copy
                    if (!ofYear.contains(id)) {
                        ofYear.add(id);
                    }
                }
            }
        }
        assertTrue(Set.copyOf(partitionOfYear.values()).size() > 1, "the years spread over partitions: " + partitionOfYear);
        return ids;
    }

    /** The members of reporting's consumer group holding partitions of the finance topic, with those partitions. */
    private static Map<String, Set<TopicPartition>> financeAssignment() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafkaBootstrapServers()))) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of("reporting-service"))
                    .describedGroups().get("reporting-service").get(1, TimeUnit.MINUTES);
            Map<String, Set<TopicPartition>> holding = new TreeMap<>();
            for (MemberDescription member : group.members()) {
                Set<TopicPartition> finance = member.assignment().topicPartitions().stream()
                        .filter(partition -> partition.topic().equals(FINANCE_TOPIC)).collect(Collectors.toSet());
                if (!finance.isEmpty()) {
                    holding.put(member.consumerId(), finance);
                }
            }
            return holding;
        }
    }

    // ---- HTTP ----

    private static HttpResponse<String> post(URI service, String path, Object body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(service.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + suite.token(WORKING_GROUP))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(URI service, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(service.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + suite.token(WORKING_GROUP))
                .header("Accept", path.contains("format=md") ? "text/markdown" : "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        if (response.statusCode() != 201) {
            fail("expected 201, got " + response.statusCode() + " " + response.uri() + ": " + response.body());
        }
        return response;
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitCondition(String what, Check check) throws Exception {
        Instant deadline = Instant.now().plus(PROPAGATION);
        while (!check.holds()) {
            if (Instant.now().isAfter(deadline)) {
                fail("timed out waiting for " + what);
            }
            Thread.sleep(300);
        }
    }
}
