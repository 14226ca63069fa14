package se.rus.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Fault drills on a stack of its own (its PostgreSQL and Kafka can be stopped and started again): the broker down
 * while every producing service takes writes, reporting-service killed with -9 in the middle of a burst, and
 * PostgreSQL restarted under write load. Each drill prints what was sent, what arrived, what was lost, what was
 * doubled and how long recovery took. Waits are generous polls; no timing is asserted except that no request
 * hangs past the client's bound while the database is away.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultDrillsTest {

    private static final String WORKING_GROUP = "rus-working-group";
    private static final Duration PROPAGATION = Duration.ofMinutes(3);
    /** No request may take longer than this, even while the database is away: a hang fails the drill. */
    private static final Duration REQUEST_BOUND = Duration.ofSeconds(30);
    private static final String LEDGER_ENTRY_RECORDED = "se.rus.finance.LedgerEntryRecorded.v1";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static RunningSuite suite;

    @BeforeAll
    static void start() throws Exception {
        suite = new RunningSuite(RunningSuite.Options.defaults().withRestartableInfrastructure());
        System.out.println("fault drills: service logs in " + suite.workDir);
    }

    @AfterAll
    static void stop() throws Exception {
        if (suite != null) {
            suite.close();
        }
    }

    /**
     * The broker stops while planning, finance and followup take writes: every write is accepted and its event waits
     * in the outbox; after the broker returns every event reaches reporting once and its figures match to the öre.
     */
    @Test
    @Order(1)
    void brokerDownWhileEveryProducerTakesWrites() throws Exception {
        int year = 2061;
        DrillYear drill = DrillYear.create(year, 5);
        Map<String, Long> marks = outboxMarks(List.of("planning", "finance", "followup"));

        suite.stopKafka();
        BigDecimal plannedDays = new BigDecimal("50.00");
        for (int i = 1; i <= 20; i++) {
            BigDecimal days = new BigDecimal(i).add(new BigDecimal("0.25"));
            plannedDays = plannedDays.add(days);
            drill.planActivity("Tillkommen under avbrottet " + i, days);
        }
        BigDecimal outcome = BigDecimal.ZERO;
        for (int i = 1; i <= 100; i++) {
            BigDecimal amount = amount(i);
            outcome = outcome.add(amount);
            created(drill.recordEntry("BROKER-" + i, amount));
        }
        BigDecimal daysSpent = BigDecimal.ZERO;
        for (int i = 0; i < drill.activityIds.size(); i++) {
            BigDecimal days = new BigDecimal(i + 1).multiply(new BigDecimal("1.5"));
            daysSpent = daysSpent.add(days);
            created(post("followup", "/api/v1/followups/" + year + "/outcomes", Map.of(
                    "activityId", drill.activityIds.get(i), "status", "DONE_AS_PLANNED",
                    "narrative", paragraph("Genomförd medan meddelandeflödet låg nere."), "daysSpent", days)));
        }
        Map<String, List<UUID>> waiting = new LinkedHashMap<>();
        for (String producer : marks.keySet()) {
            waiting.put(producer, outboxSince(producer, marks.get(producer), null));
            assertEquals(waiting.get(producer).size(), unpublished(producer, marks.get(producer)),
                    producer + ": every event written while the broker is down waits in the outbox");
        }

        Instant brokerStarting = Instant.now();
        suite.startKafka();
        Instant brokerBack = Instant.now();
        BigDecimal expectedPlannedDays = plannedDays;
        BigDecimal expectedOutcome = outcome;
        BigDecimal expectedDaysSpent = daysSpent;
        awaitCondition("reporting's figures of " + year + " after the broker returned", () -> {
            JsonNode report = report(year);
            return report != null
                    && decimal(report.path("totalPlannedDays")).compareTo(expectedPlannedDays) == 0
                    && decimal(report.path("economy").path("totalOutcome")).compareTo(expectedOutcome) == 0
                    && daysSpent(report).compareTo(expectedDaysSpent) == 0;
        });
        Duration recovery = Duration.between(brokerBack, Instant.now());

        JsonNode report = report(year);
        assertEquals(expectedOutcome.setScale(2).toPlainString(), report.path("economy").path("totalOutcome").asText(),
                "reporting's outcome to the öre");
        for (String producer : waiting.keySet()) {
            List<UUID> sent = waiting.get(producer);
            assertEquals(0, unpublished(producer, marks.get(producer)), producer + ": the outbox is drained");
            Delivery delivery = delivery(producer, sent);
            System.out.printf("DRILL broker-down %s: sent %d events while the broker was down, arrived %d at "
                            + "reporting-service, lost %d, doubled %d (copies on %s: %d), recovery %.1f s after the "
                            + "broker was up again (its start took %.1f s; reporting's figures match: %s)%n",
                    producer, sent.size(), delivery.arrived, delivery.lost(sent.size()), delivery.doubled,
                    topicOf(producer), delivery.topicCopies, recovery.toMillis() / 1000.0,
                    Duration.between(brokerStarting, brokerBack).toMillis() / 1000.0,
                    figures(producer, expectedPlannedDays, expectedOutcome, expectedDaysSpent));
            assertEquals(sent.size(), delivery.arrived, producer + ": every event arrived");
            assertEquals(0, delivery.doubled, producer + ": no event applied twice");
        }
    }

    /**
     * reporting-service is killed with -9 while it consumes a burst of 600 ledger entries, and started again:
     * every event is applied exactly once (its id recorded once, the total equal to the sum of what was written).
     */
    @Test
    @Order(2)
    void reportingKilledMidBurst() throws Exception {
        int year = 2062;
        int burst = 600;
        DrillYear drill = DrillYear.create(year, 1);
        long mark = outboxMark("finance");
        Instant burstStart = Instant.now();

        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<BigDecimal>> written = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        for (int w = 0; w < 4; w++) {
            written.add(writers.submit(() -> {
                BigDecimal sum = BigDecimal.ZERO;
                for (int i = next.incrementAndGet(); i <= burst; i = next.incrementAndGet()) {
                    BigDecimal amount = amount(i);
                    created(drill.recordEntry("BURST-" + i, amount));
                    sum = sum.add(amount);
                }
                return sum;
            }));
        }
        awaitCondition("reporting consuming the burst", () -> processedSince(burstStart) >= 100);
        long pid = suite.pid("reporting", 0);
        suite.kill("reporting", 0);
        int processedAtKill = processedSince(burstStart);
        BigDecimal total = BigDecimal.ZERO;
        for (Future<BigDecimal> writer : written) {
            total = total.add(writer.get());
        }
        writers.shutdown();
        assertTrue(processedAtKill < burst, "killed in the middle of the burst (" + processedAtKill + " of " + burst + ")");

        Instant restarted = Instant.now();
        suite.restart("reporting", 0);
        Duration startup = Duration.between(restarted, Instant.now());
        BigDecimal expected = total;
        awaitCondition("reporting's total of " + year + " after the restart", () -> {
            JsonNode report = report(year);
            return report != null && decimal(report.path("economy").path("totalOutcome")).compareTo(expected) == 0;
        });
        Duration recovery = Duration.between(restarted, Instant.now());

        List<UUID> sent = outboxSince("finance", mark, LEDGER_ENTRY_RECORDED);
        assertEquals(burst, sent.size(), "one event per entry written");
        Delivery delivery = delivery("finance", sent);
        System.out.printf("DRILL consumer-killed: sent %d LedgerEntryRecorded events in a burst, reporting-service "
                        + "(pid %d) killed -9 after applying %d, restarted; arrived %d, lost %d, doubled %d "
                        + "(total %s = sum written %s), recovery %.1f s from the restart (of which %.1f s until "
                        + "the new process was ready)%n",
                sent.size(), pid, processedAtKill, delivery.arrived, delivery.lost(sent.size()), delivery.doubled,
                report(year).path("economy").path("totalOutcome").asText(), expected.toPlainString(),
                recovery.toMillis() / 1000.0, startup.toMillis() / 1000.0);
        assertEquals(sent.size(), delivery.arrived, "every event of the burst applied");
        assertEquals(0, delivery.doubled, "no event applied twice");
    }

    /**
     * PostgreSQL is stopped while three clients keep posting ledger entries: each answer is 201 or a bounded
     * 503 problem+json with Retry-After, readiness goes DOWN and liveness stays UP; after PostgreSQL returns the
     * same processes accept writes again, every entry has its outbox event (both or neither) and reporting's
     * total is the sum of what was stored.
     */
    @Test
    @Order(3)
    void postgresRestartedUnderWriteLoad() throws Exception {
        int year = 2063;
        DrillYear drill = DrillYear.create(year, 1);
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String service : RunningSuite.SERVICES) {
            pids.put(service, suite.pid(service, 0));
        }

        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger next = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(3);
        List<Future<?>> load = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            load.add(writers.submit(() -> {
                while (writing.get()) {
                    int i = next.incrementAndGet();
                    String ref = "PG-" + i;
                    BigDecimal amount = amount(i);
                    Instant sentAt = Instant.now();
                    try {
                        HttpResponse<String> response = drill.recordEntry(ref, amount);
                        answers.add(new Answer(ref, amount, sentAt, Instant.now(), response.statusCode(),
                                response.headers().firstValue("Content-Type").orElse(""),
                                response.headers().firstValue("Retry-After").orElse(null), response.body()));
                    } catch (IOException e) {
                        answers.add(new Answer(ref, amount, sentAt, Instant.now(), -1, "", null, e.toString()));
                    }
                }
                return null;
            }));
        }
        awaitCondition("writes accepted before the outage", () -> count(answers, 201) >= 30);

        Instant stopping = Instant.now();
        suite.stopPostgres();
        Instant down = Instant.now();
        awaitCondition("readiness DOWN on every service", () -> RunningSuite.SERVICES.stream()
                .allMatch(service -> health(service, "ready") == 503));
        Duration readinessDown = Duration.between(down, Instant.now());
        Map<String, Integer> liveness = new LinkedHashMap<>();
        for (String service : RunningSuite.SERVICES) {
            liveness.put(service, health(service, "live"));
        }
        awaitCondition("writes refused while PostgreSQL is down",
                () -> answers.stream().filter(a -> a.sentAt.isAfter(down) && a.status == 503).count() >= 10);

        Instant starting = Instant.now();
        suite.startPostgres();
        Instant up = Instant.now();
        awaitCondition("a write accepted after PostgreSQL returned",
                () -> answers.stream().anyMatch(a -> a.sentAt.isAfter(up) && a.status == 201));
        Duration recovery = Duration.between(up, answers.stream().filter(a -> a.sentAt.isAfter(up) && a.status == 201)
                .map(a -> a.answeredAt).min(Instant::compareTo).orElseThrow());
        awaitCondition("writes flowing again", () -> answers.stream()
                .filter(a -> a.sentAt.isAfter(up) && a.status == 201).count() >= 30);
        writing.set(false);
        for (Future<?> writer : load) {
            writer.get();
        }
        writers.shutdown();
        List<String> producers = List.of("planning", "finance", "followup");
        awaitCondition("readiness UP again on the producing services", () -> producers.stream()
                .allMatch(service -> health(service, "ready") == 200));
        for (String service : RunningSuite.SERVICES) {
            assertEquals(pids.get(service), suite.pid(service, 0), service + "-service was not restarted");
        }

        List<Answer> all = new ArrayList<>(answers);
        List<Answer> refused = all.stream().filter(a -> a.status == 503).toList();
        List<Answer> other = all.stream().filter(a -> a.status != 201 && a.status != 503).toList();
        Duration slowest = all.stream().map(a -> Duration.between(a.sentAt, a.answeredAt)).max(Duration::compareTo)
                .orElseThrow();
        assertTrue(other.isEmpty(), "only 201 or 503 while PostgreSQL restarts, got " + other);
        for (Answer answer : refused) {
            assertTrue(answer.contentType.startsWith("application/problem+json"), "503 as problem+json: " + answer);
            assertTrue(answer.retryAfter != null, "503 with Retry-After: " + answer);
            assertTrue(JSON.readTree(answer.body).path("type").asText().endsWith("/service-unavailable"),
                    "503 of type service-unavailable: " + answer);
        }
        assertTrue(slowest.compareTo(REQUEST_BOUND) < 0, "no request hangs: slowest " + slowest);

        Map<String, BigDecimal> stored = storedEntries(year);
        Set<String> acknowledged = new HashSet<>();
        all.stream().filter(a -> a.status == 201).forEach(a -> acknowledged.add(a.ref));
        List<String> lost = acknowledged.stream().filter(ref -> !stored.containsKey(ref)).toList();
        long committedDespite503 = refused.stream().filter(a -> stored.containsKey(a.ref)).count();
        int halfApplied = halfAppliedEntries(year);
        assertEquals(List.of(), lost, "every acknowledged entry is stored");
        assertEquals(0, halfApplied, "every stored entry has exactly one outbox event and every event its entry");

        BigDecimal storedTotal = stored.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        System.out.printf("DRILL postgres-restart (producers): %d writes sent, %d accepted (201), %d refused with 503 "
                        + "problem+json + Retry-After, %d other; slowest answer %.1f s; readiness DOWN on all four "
                        + "within %.1f s, liveness %s; PostgreSQL stopped in %.1f s and started in %.1f s; first write "
                        + "accepted %.1f s after it was up, same processes; stored %d entries (lost 0 of %d "
                        + "acknowledged, %d committed although the answer was 503), half-applied %d%n",
                all.size(), acknowledged.size(), refused.size(), other.size(), slowest.toMillis() / 1000.0,
                readinessDown.toMillis() / 1000.0, liveness, Duration.between(stopping, down).toMillis() / 1000.0,
                Duration.between(starting, up).toMillis() / 1000.0, recovery.toMillis() / 1000.0, stored.size(),
                acknowledged.size(), committedDespite503, halfApplied);
        for (String service : producers) {
            assertEquals(200, liveness.get(service), service + "-service stays live while PostgreSQL is down");
        }

        // the consumer side: reporting stays live and applies every stored entry once, without a restart
        assertEquals(200, liveness.get("reporting"), "reporting-service stays live while PostgreSQL is down "
                + "(its consumers retry an event in place while the database is unreachable, SPEC: dead letters)");
        Instant consumerWait = Instant.now();
        awaitCondition("reporting ready again", () -> health("reporting", "ready") == 200);
        awaitCondition("reporting's total of " + year + " after PostgreSQL returned", () -> {
            JsonNode report = report(year);
            return report != null && decimal(report.path("economy").path("totalOutcome")).compareTo(storedTotal) == 0;
        });
        List<UUID> events = entryEvents(year);
        Delivery delivery = delivery("finance", events);
        System.out.printf("DRILL postgres-restart (reporting): %d events of stored entries, arrived %d, lost %d, "
                        + "doubled %d, total %s = sum stored, caught up %.1f s after the writes stopped%n",
                events.size(), delivery.arrived, delivery.lost(events.size()), delivery.doubled,
                storedTotal.toPlainString(), Duration.between(consumerWait, Instant.now()).toMillis() / 1000.0);
        assertEquals(events.size(), delivery.arrived, "every stored entry's event applied");
        assertEquals(0, delivery.doubled, "no event applied twice");
    }

    // ---- the drill's year: a plan (so reporting has a report), an area with activities, a financial year ----

    private static final class DrillYear {
        final int year;
        final UUID areaId;
        final UUID postId;
        final List<UUID> activityIds = new ArrayList<>();

        private DrillYear(int year, UUID areaId, UUID postId) {
            this.year = year;
            this.areaId = areaId;
            this.postId = postId;
        }

        /** Everything the drill writes against, known to followup and reporting before the drill starts. */
        static DrillYear create(int year, int activities) throws Exception {
            created(post("planning", "/api/v1/plans", Map.of("year", year, "title", "Övningsplan " + year,
                    "vision", "Felövning", "periodStart", year, "periodEnd", year + 2)));
            UUID areaId = id(created(post("planning", "/api/v1/plans/" + year + "/areas",
                    Map.of("name", "Övningsområde", "resourceNote", "Felövning"))));
            created(post("finance", "/api/v1/years", Map.of("year", year, "appropriationName", "Anslag 1:2",
                    "appropriation", "1000000.00", "keyDistributed", "0.00")));
            UUID postId = id(created(post("finance", "/api/v1/years/" + year + "/budget-posts",
                    Map.of("name", "Övningspost", "budget", "1000000.00"))));
            DrillYear drill = new DrillYear(year, areaId, postId);
            for (int i = 1; i <= activities; i++) {
                drill.activityIds.add(drill.planActivity("Övningsaktivitet " + i, new BigDecimal("10.00")));
            }
            awaitCondition("followup knowing the activities of " + year, () -> {
                HttpResponse<String> known = get("followup", "/api/v1/followups/" + year + "/activities?size=200");
                return known.statusCode() == 200 && JSON.readTree(known.body()).path("items").size() == activities;
            });
            awaitCondition("reporting knowing the plan and the post of " + year, () -> {
                JsonNode report = report(year);
                return report != null && report.path("economy").path("posts").size() == 1
                        && activityCount(report) == activities;
            });
            return drill;
        }

        UUID planActivity(String title, BigDecimal plannedDays) throws Exception {
            return id(created(post("planning", "/api/v1/plans/" + year + "/activities", Map.of("areaId", areaId,
                    "title", title, "plannedDays", plannedDays, "prioritised", false, "developmentEffort", "NONE"))));
        }

        HttpResponse<String> recordEntry(String ref, BigDecimal amount) throws IOException, InterruptedException {
            return post("finance", "/api/v1/years/" + year + "/ledger-entries", Map.of("postId", postId,
                    "entryDate", year + "-06-15", "amount", amount.toPlainString(), "text", "Övningsverifikation " + ref,
                    "category", "DIRECT_SPEND", "externalRef", ref));
        }
    }

    private record Answer(String ref, BigDecimal amount, Instant sentAt, Instant answeredAt, int status,
                          String contentType, String retryAfter, String body) {
        @Override
        public String toString() {
            return ref + " " + status + " " + contentType + " Retry-After=" + retryAfter + " "
                    + (body.length() > 300 ? body.substring(0, 300) : body);
        }
    }

    /** How a producer's events reached reporting-service: applied ids, extra applications, copies on the topic. */
    private record Delivery(int arrived, int doubled, int topicCopies) {
        int lost(int sent) {
            return sent - arrived;
        }
    }

    private static Delivery delivery(String producer, List<UUID> sent) throws SQLException {
        int rows;
        int distinct;
        try (Connection db = database("reporting");
             PreparedStatement query = db.prepareStatement(
                     "SELECT count(*), count(DISTINCT event_id) FROM processed_event WHERE event_id = ANY (?)")) {
            query.setArray(1, uuids(db, sent));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                rows = result.getInt(1);
                distinct = result.getInt(2);
            }
        }
        return new Delivery(distinct, rows - distinct, copiesOnTopic(topicOf(producer), sent));
    }

    private static String topicOf(String producer) {
        return "rus." + producer + ".v1";
    }

    private static String figures(String producer, BigDecimal plannedDays, BigDecimal outcome, BigDecimal daysSpent) {
        return switch (producer) {
            case "planning" -> "planned days " + plannedDays.toPlainString();
            case "finance" -> "outcome " + outcome.setScale(2).toPlainString() + " kr";
            default -> "days spent " + daysSpent.toPlainString();
        };
    }

    // ---- reading the services' databases (the drill's own checks, never the services' code) ----

    private static Connection database(String service) throws SQLException {
        return DriverManager.getConnection(suite.jdbcUrl(service), "postgres", "postgres");
    }

    private static Array uuids(Connection db, List<UUID> ids) throws SQLException {
        return db.createArrayOf("uuid", ids.toArray());
    }

    private static Map<String, Long> outboxMarks(List<String> producers) throws SQLException {
        Map<String, Long> marks = new LinkedHashMap<>();
        for (String producer : producers) {
            marks.put(producer, outboxMark(producer));
        }
        return marks;
    }

    private static long outboxMark(String producer) throws SQLException {
        try (Connection db = database(producer);
             ResultSet result = db.createStatement().executeQuery("SELECT coalesce(max(seq), 0) FROM outbox_event")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static List<UUID> outboxSince(String producer, long mark, String type) throws SQLException {
        try (Connection db = database(producer);
             PreparedStatement query = db.prepareStatement("SELECT id FROM outbox_event WHERE seq > ? "
                     + "AND (?::text IS NULL OR type = ?::text) ORDER BY seq")) {
            query.setLong(1, mark);
            query.setString(2, type);
            query.setString(3, type);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    private static int unpublished(String producer, long mark) throws SQLException {
        try (Connection db = database(producer);
             PreparedStatement query = db.prepareStatement(
                     "SELECT count(*) FROM outbox_event WHERE seq > ? AND published_at IS NULL")) {
            query.setLong(1, mark);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /** Ledger entries reporting-service has applied since {@code since} (its inbox, written with each effect). */
    private static int processedSince(Instant since) {
        try (Connection db = database("reporting");
             PreparedStatement query = db.prepareStatement(
                     "SELECT count(*) FROM processed_event WHERE event_type = ? AND processed_at >= ?")) {
            query.setString(1, LEDGER_ENTRY_RECORDED);
            query.setObject(2, Timestamp.from(since));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** externalRef → amount of every entry finance-service stored for the year. */
    private static Map<String, BigDecimal> storedEntries(int year) throws SQLException {
        try (Connection db = database("finance");
             PreparedStatement query = db.prepareStatement(
                     "SELECT external_ref, amount FROM ledger_entry WHERE year = ?")) {
            query.setInt(1, year);
            Map<String, BigDecimal> entries = new HashMap<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    entries.put(result.getString(1), result.getBigDecimal(2));
                }
            }
            return entries;
        }
    }

    /** Entries without exactly one LedgerEntryRecorded event, plus such events without their entry. */
    private static int halfAppliedEntries(int year) throws SQLException {
        try (Connection db = database("finance");
             PreparedStatement query = db.prepareStatement("""
                     SELECT (SELECT count(*) FROM ledger_entry e WHERE e.year = ?
                               AND (SELECT count(*) FROM outbox_event o
                                    WHERE o.type = ? AND o.subject = e.id::text) <> 1)
                          + (SELECT count(*) FROM outbox_event o WHERE o.type = ? AND o.message_key = ?
                               AND NOT EXISTS (SELECT 1 FROM ledger_entry e WHERE e.id::text = o.subject))""")) {
            query.setInt(1, year);
            query.setString(2, LEDGER_ENTRY_RECORDED);
            query.setString(3, LEDGER_ENTRY_RECORDED);
            query.setString(4, Integer.toString(year));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static List<UUID> entryEvents(int year) throws SQLException {
        try (Connection db = database("finance");
             PreparedStatement query = db.prepareStatement(
                     "SELECT id FROM outbox_event WHERE type = ? AND message_key = ?")) {
            query.setString(1, LEDGER_ENTRY_RECORDED);
            query.setString(2, Integer.toString(year));
            List<UUID> ids = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    /** How many records on the topic carry one of these event ids (more than the ids: redelivered copies). */
    private static int copiesOnTopic(String topic, List<UUID> ids) {
        Set<String> wanted = new HashSet<>();
        ids.forEach(id -> wanted.add(id.toString()));
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        int copies = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(PROPAGATION);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    fail("could not read " + topic + " to its end");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    String id = idOf(record.value());
                    if (wanted.contains(id)) {
                        copies++;
                    }
                }
            }
        }
        return copies;
    }

    private static String idOf(String envelope) {
        try {
            return JSON.readTree(envelope).path("id").asText();
        } catch (IOException notJson) {
            return "";
        }
    }

    // ---- HTTP ----

    private static HttpResponse<String> post(String service, String path, Object body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(suite.urls.get(service).resolve(path))
                .timeout(REQUEST_BOUND)
                .header("Authorization", "Bearer " + suite.token(WORKING_GROUP))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String service, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(suite.urls.get(service).resolve(path))
                .timeout(REQUEST_BOUND)
                .header("Authorization", "Bearer " + suite.token(WORKING_GROUP))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status of a health group (ready, live); -1 when the service does not answer at all. */
    private static int health(String service, String group) {
        try {
            return HTTP.send(HttpRequest.newBuilder(suite.urls.get(service).resolve("/q/health/" + group))
                    .timeout(REQUEST_BOUND).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static JsonNode report(int year) throws IOException, InterruptedException {
        HttpResponse<String> response = get("reporting", "/api/v1/reports/" + year);
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        if (response.statusCode() != 201) {
            fail("expected 201, got " + response.statusCode() + " " + response.uri() + ": " + response.body());
        }
        return response;
    }

    private static UUID id(HttpResponse<String> response) throws IOException {
        return UUID.fromString(JSON.readTree(response.body()).path("id").asText());
    }

    private static List<Map<String, Object>> paragraph(String text) {
        return List.of(Map.of("kind", "PARAGRAPH", "text", text));
    }

    /** A different amount in öre for every i, so a lost or doubled entry shows in the total. */
    private static BigDecimal amount(int i) {
        return BigDecimal.valueOf(100_000L + i * 1_237L % 99_991L, 2);
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? BigDecimal.valueOf(-1) : new BigDecimal(node.asText());
    }

    private static int activityCount(JsonNode report) {
        int count = 0;
        for (JsonNode area : report.path("areas")) {
            count += area.path("activities").size();
        }
        return count;
    }

    private static BigDecimal daysSpent(JsonNode report) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode area : report.path("areas")) {
            for (JsonNode activity : area.path("activities")) {
                if (activity.hasNonNull("daysSpent")) {
                    sum = sum.add(new BigDecimal(activity.get("daysSpent").asText()));
                }
            }
        }
        return sum;
    }

    private static long count(ConcurrentLinkedQueue<Answer> answers, int status) {
        return answers.stream().filter(a -> a.status == status).count();
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitCondition(String what, Check check) throws InterruptedException {
        Instant deadline = Instant.now().plus(PROPAGATION);
        Exception last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                if (check.holds()) {
                    return;
                }
            } catch (Exception e) {
                last = e;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("timed out waiting for " + what, last);
    }
}
