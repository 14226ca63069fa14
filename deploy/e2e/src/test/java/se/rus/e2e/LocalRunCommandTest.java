package se.rus.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import se.rus.localstack.TopicReader;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The run command as an operator uses it: {@code up}, {@code status}, {@code restart}, {@code down} on a
 * second local stack in a temporary state directory on free ports, so it never touches a developer's suite.
 * The services must already be packaged (the reactor builds them before this module).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalRunCommandTest {

    private static final List<String> SERVICES =
            List.of("planning-service", "finance-service", "followup-service", "reporting-service");

    private static Path root;
    private static Path state;
    private static int portBase;

    @BeforeAll
    static void startSuite() throws Exception {
        root = Path.of(System.getProperty("rus.root", "../..")).toAbsolutePath().normalize();
        state = Files.createTempDirectory("rus-local-");
        portBase = FreePorts.block(4);
        Result up = run(Map.of(), "up");
        assertEquals(0, up.exitCode(), up.output());
        assertContains(up, "all services healthy");
    }

    @AfterAll
    static void stopSuite() throws Exception {
        Result down = run(Map.of(), "down");
        assertEquals(0, down.exitCode(), down.output());
        for (String part : List.of("local-stack", "planning-service", "finance-service", "followup-service", "reporting-service")) {
            assertFalse(Files.exists(state.resolve(part + ".pid")), part);
        }
        try (var files = Files.walk(state)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    @Order(1)
    void statusReportsEveryPartHealthy() throws Exception {
        Result status = run(Map.of(), "status");
        assertEquals(0, status.exitCode(), status.output());
        assertContains(status, "local-stack");
        assertMatches(status, "reporting-service\\s+running\\s+\\d+\\s+" + (portBase + 3) + "\\s+healthy");
        assertEquals(5, status.output().lines().filter(line -> line.contains(" running ")).count(), status.output());
    }

    @Test
    @Order(2)
    void upStartsAServiceKilledWithSigkillAgain() throws Exception {
        long killed = pidOf("reporting-service");
        new ProcessBuilder("kill", "-9", Long.toString(killed)).start().waitFor();
        awaitGone(killed);

        Result degraded = run(Map.of(), "status");
        assertNotEquals(0, degraded.exitCode(), degraded.output());
        assertMatches(degraded, "reporting-service\\s+stopped");

        // well inside a minute, or up gives up and fails
        Result up = run(Map.of("RUS_STARTUP_TIMEOUT", "55"), "up");
        assertEquals(0, up.exitCode(), up.output());
        assertContains(up, "started reporting-service");
        assertContains(up, "planning-service already running");
        assertNotEquals(killed, pidOf("reporting-service"));
        Result status = run(Map.of(), "status");
        assertEquals(0, status.exitCode(), status.output());
    }

    @Test
    @Order(3)
    void aPidFileNamingAnotherProcessDoesNotCountAsRunning() throws Exception {
        Process impostor = new ProcessBuilder("sleep", "300").start();
        try {
            long real = pidOf("finance-service");
            new ProcessBuilder("kill", "-9", Long.toString(real)).start().waitFor();
            awaitGone(real);
            Files.writeString(state.resolve("finance-service.pid"), Long.toString(impostor.pid()));

            Result up = run(Map.of("RUS_STARTUP_TIMEOUT", "55"), "up");
            assertEquals(0, up.exitCode(), up.output());
            assertContains(up, "started finance-service");
            assertTrue(impostor.isAlive(), "up must not touch a process it did not start");
        } finally {
            impostor.destroyForcibly();
        }
    }

    @Test
    @Order(4)
    void upStopsWaitingWhenAPartItStartedExits() throws Exception {
        long killed = pidOf("followup-service");
        new ProcessBuilder("kill", "-9", Long.toString(killed)).start().waitFor();
        awaitGone(killed);

        // a JVM that cannot start: up must notice at once instead of waiting out its timeout
        Result up = run(Map.of("RUS_JAVA_OPTS", "-Xmx1k", "RUS_STARTUP_TIMEOUT", "170"), "up");
        assertNotEquals(0, up.exitCode(), up.output());
        assertContains(up, "followup-service exited during start-up");
        assertContains(up, "followup-service.log");
        assertFalse(up.output().contains("still not healthy"), "gave up at the exit, not at the timeout:\n" + up.output());
    }

    @Test
    @Order(5)
    void restartBringsOneServiceBackWithoutTouchingTheOthers() throws Exception {
        long planning = pidOf("planning-service");
        Result restart = run(Map.of("RUS_STARTUP_TIMEOUT", "90"), "restart", "followup-service");
        assertEquals(0, restart.exitCode(), restart.output());
        assertEquals(planning, pidOf("planning-service"));

        // with up's own JVM defaults: the first start records its classes when it stops, the next one maps them
        Map<String, String> defaults = Map.of("RUS_STARTUP_TIMEOUT", "90", "RUS_JAVA_OPTS", "");
        assertEquals(0, run(defaults, "restart", "followup-service").exitCode());
        Result again = run(defaults, "restart", "followup-service");
        assertEquals(0, again.exitCode(), again.output());
        assertTrue(Files.size(state.resolve("cds/followup-service.jsa")) > 0, "no class-data-sharing archive");
        assertTrue(ProcessHandle.of(pidOf("followup-service")).flatMap(handle -> handle.info().arguments())
                        .map(arguments -> List.of(arguments).contains("-XX:SharedArchiveFile=" + state.resolve("cds/followup-service.jsa")))
                        .orElse(false), "the second start maps the archive");
        Result status = run(Map.of(), "status");
        assertEquals(0, status.exitCode(), status.output());

        Result unknown = run(Map.of(), "restart", "no-such-service");
        assertEquals(2, unknown.exitCode(), unknown.output());
        assertContains(unknown, "usage");
    }

    @Test
    @Order(6)
    void dataAndEventsSurviveAHardKillOfTheWholeStack() throws Exception {
        String token = run(Map.of(), "token", "rus-working-group").output().trim();
        HttpResponse<String> created = http(token, "POST", portBase, "/api/v1/plans",
                "{\"year\":2030,\"title\":\"RUS verksamhetsplan 2030\",\"periodStart\":2028,\"periodEnd\":2030,"
                        + "\"vision\":\"Miljömålen är uppnådda.\"}");
        assertEquals(201, created.statusCode(), created.body());
        String planId = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        await(() -> http(token, "GET", portBase + 3, "/api/v1/reports/2030/checks", null).statusCode() == 200);

        // no clean shutdown anywhere: the stack JVM, its PostgreSQL server and every service die at once
        List<Long> pids = new ArrayList<>();
        for (String part : List.of("local-stack", "planning-service", "finance-service", "followup-service", "reporting-service")) {
            pids.add(pidOf(part));
        }
        pids.add(Long.parseLong(Files.readAllLines(state.resolve("data/postgres/postmaster.pid")).get(0).trim()));
        for (long pid : pids) {
            new ProcessBuilder("kill", "-9", Long.toString(pid)).start().waitFor();
        }
        for (long pid : pids) {
            awaitGone(pid);
        }

        Result up = run(Map.of(), "up");
        assertEquals(0, up.exitCode(), up.output());
        assertContains(up, "embedded PostgreSQL and Kafka started");
        HttpResponse<String> plan = http(token, "GET", portBase, "/api/v1/plans/2030", null);
        assertEquals(200, plan.statusCode(), plan.body());
        assertTrue(plan.body().contains(planId), plan.body());
        assertEquals(200, http(token, "GET", portBase + 3, "/api/v1/reports/2030/checks", null).statusCode());
        String bootstrap = Files.readAllLines(state.resolve("stack.env")).stream()
                .filter(line -> line.startsWith("KAFKA_BOOTSTRAP_SERVERS=")).findFirst().orElseThrow().split("=", 2)[1];
        ConsumerRecord<String, String> event = TopicReader.await(bootstrap, "rus.planning.v1",
                record -> record.value().contains(planId), Duration.ofSeconds(60));
        assertTrue(event.value().contains("se.rus.planning.PlanCreated.v1"), event.value());

        Result load = run(Map.of(), "load", root.resolve("deploy/data/2024").toString(), "--if-empty");
        assertEquals(0, load.exitCode(), load.output());
        assertContains(load, "already holds data");
        assertEquals(404, http(token, "GET", portBase, "/api/v1/plans/2024", null).statusCode());
    }

    private static HttpResponse<String> http(String token, String method, int port, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(Condition condition) throws Exception {
        for (int i = 0; i < 120 && !condition.holds(); i++) {
            Thread.sleep(500);
        }
        assertTrue(condition.holds(), "condition not reached within a minute");
    }

    private static void assertContains(Result result, String expected) {
        assertTrue(result.output().contains(expected), "expected \"" + expected + "\" in:\n" + result.output());
    }

    private static void assertMatches(Result result, String regex) {
        assertTrue(Pattern.compile(regex).matcher(result.output()).find(),
                "expected /" + regex + "/ in:\n" + result.output());
    }

    private static long pidOf(String part) throws IOException {
        return Long.parseLong(Files.readString(state.resolve(part + ".pid")).trim());
    }

    private static void awaitGone(long pid) throws InterruptedException {
        for (int i = 0; i < 100 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(100);
        }
    }

    record Result(int exitCode, String output) {
    }

    private static Result run(Map<String, String> extraEnv, String... command) throws Exception {
        Path log = Files.createTempFile(state, "command-", ".log");
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add(root.resolve("deploy/local").resolve(command[0]).toString());
        builder.command().addAll(List.of(command).subList(1, command.length));
        builder.directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.remove("KAFKA_BOOTSTRAP_SERVERS");
        env.remove("RUS_PG_HOST");
        env.put("RUS_LOCAL_STATE", state.toString());
        env.put("RUS_PORT_BASE", Integer.toString(portBase));
        env.put("RUS_SKIP_BUILD", "1");
        env.put("RUS_SKIP_LOAD", "1");
        env.put("RUS_JAVA_OPTS", "-Xmx256m -XX:+UseSerialGC");
        env.putAll(extraEnv);
        Process process = builder.start();
        if (!process.waitFor(6, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish:\n" + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
