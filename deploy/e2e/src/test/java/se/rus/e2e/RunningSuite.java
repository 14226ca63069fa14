package se.rus.e2e;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import se.rus.localstack.DatasetLoader;
import se.rus.localstack.DevKeys;
import se.rus.localstack.EmbeddedInfrastructure;
import se.rus.localstack.JwtMinter;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The four packaged services running as separate processes, as in production, on fresh embedded
 * PostgreSQL databases and a fresh Kafka broker. {@link Options} asks for more instances of a service and for
 * infrastructure a fault drill can stop and start again; a service instance can be killed hard and restarted.
 */
final class RunningSuite implements AutoCloseable {

    static final String ISSUER = "https://rus.example/e2e-idp";
    static final List<String> SERVICES = List.of("planning", "finance", "followup", "reporting");
    static final List<String> TOPICS = List.of("rus.planning.v1", "rus.finance.v1", "rus.followup.v1");
    private static final Duration STARTUP = Duration.ofMinutes(3);

    /**
     * @param instances     how many processes of a service (default one each); they share its database and
     *                      consumer group, each on its own port
     * @param restartable   PostgreSQL and Kafka can be stopped and started again on the same address and data
     * @param partitions    partitions of each event topic, created before the services start (the broker's default
     *                      is one)
     */
    record Options(Map<String, Integer> instances, boolean restartable, int partitions) {

        static Options defaults() {
            return new Options(Map.of(), false, 1);
        }

        Options withInstances(String service, int count) {
            Map<String, Integer> more = new LinkedHashMap<>(instances);
            more.put(service, count);
            return new Options(more, restartable, partitions);
        }

        Options withRestartableInfrastructure() {
            return new Options(instances, true, partitions);
        }

        Options withPartitions(int count) {
            return new Options(instances, restartable, count);
        }

        int instancesOf(String service) {
            return instances.getOrDefault(service, 1);
        }
    }

    /** One service process; it keeps its port and environment across a kill and restart. */
    private static final class Instance {
        final String service;
        final int index;
        final URI url;
        final Path log;
        final ProcessBuilder builder;
        Process process;

        Instance(String service, int index, URI url, Path log, ProcessBuilder builder) {
            this.service = service;
            this.index = index;
            this.url = url;
            this.log = log;
            this.builder = builder;
        }
    }

    final Path root;
    /** The first instance of each service. */
    final Map<String, URI> urls = new LinkedHashMap<>();
    /** Where the services' logs (one per instance) and the infrastructure's data live. */
    final Path workDir;
    private final EmbeddedInfrastructure infrastructure;
    private final JwtMinter minter;
    private final Map<String, List<Instance>> instances = new LinkedHashMap<>();

    RunningSuite() throws Exception {
        this(Options.defaults());
    }

    RunningSuite(Options options) throws Exception {
        root = Path.of(System.getProperty("rus.root", "../..")).toAbsolutePath().normalize();
        workDir = Files.createTempDirectory("rus-e2e-");
        infrastructure = options.restartable()
                ? EmbeddedInfrastructure.startRestartable(workDir)
                : EmbeddedInfrastructure.start(workDir);
        if (options.partitions() > 1) {
            createTopics(options.partitions());
        }
        KeyPair keys = DevKeys.generate();
        Path publicKey = DevKeys.write(keys, workDir);
        minter = new JwtMinter(keys.getPrivate(), ISSUER);
        for (String service : SERVICES) {
            List<Instance> ofService = new ArrayList<>();
            for (int index = 0; index < options.instancesOf(service); index++) {
                int port = FreePorts.block(1);
                Path jar = root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
                // a restarted instance appends to the log of the one it replaces
                Path log = workDir.resolve((index == 0 ? service : service + "-" + index) + ".log");
                ProcessBuilder builder = new ProcessBuilder("java", "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
                Map<String, String> env = builder.environment();
                env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
                env.put("RUS_DB_URL", infrastructure.jdbcUrl(service));
                env.put("RUS_DB_USER", EmbeddedInfrastructure.DB_USER);
                env.put("RUS_DB_PASSWORD", EmbeddedInfrastructure.DB_PASSWORD);
                env.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
                env.put("RUS_JWT_PUBLIC_KEY_LOCATION", publicKey.toString());
                env.put("RUS_JWT_ISSUER", ISSUER);
                // webhook receivers of the tests listen on the loopback address, which production refuses
                env.put("RUS_WEBHOOKS_ALLOWED_HOSTS", "127.0.0.1");
                Instance instance = new Instance(service, index, URI.create("http://localhost:" + port), log, builder);
                instance.process = builder.start();
                ofService.add(instance);
            }
            instances.put(service, ofService);
            urls.put(service, ofService.get(0).url);
        }
        for (List<Instance> ofService : instances.values()) {
            for (Instance instance : ofService) {
                awaitReady(instance, STARTUP);
            }
        }
    }

    String token(String role) {
        return minter.mint("e2e-" + role, role, null, Duration.ofMinutes(30));
    }

    /** A county board's own system: may write only that county's RÅU. */
    String countyToken(String countyCode) {
        return minter.mint("e2e-county-" + countyCode, "county", countyCode, Duration.ofMinutes(30));
    }

    DatasetLoader loader() {
        return new DatasetLoader(new DatasetLoader.Endpoints(urls.get("planning"), urls.get("finance"),
                urls.get("followup"), urls.get("reporting")), () -> token("rus-working-group"), () -> token("rus-steering"));
    }

    /** Every instance of a service, the first one first. */
    List<URI> urls(String service) {
        return instances.get(service).stream().map(instance -> instance.url).toList();
    }

    /** The JDBC URL of a service's own database, for a test that checks what was stored. */
    String jdbcUrl(String service) {
        return infrastructure.jdbcUrl(service);
    }

    String kafkaBootstrapServers() {
        return infrastructure.kafkaBootstrapServers();
    }

    /** kill -9 of one service process: no shutdown hook runs, nothing is flushed, the consumer does not leave its group. */
    void kill(String service, int index) throws InterruptedException {
        Instance instance = instances.get(service).get(index);
        instance.process.destroyForcibly();
        if (!instance.process.waitFor(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException(service + "-service " + index + " did not die");
        }
    }

    /** Starts a killed or stopped instance again with the same port and environment, and waits until it is ready. */
    void restart(String service, int index) throws IOException, InterruptedException {
        Instance instance = instances.get(service).get(index);
        if (instance.process.isAlive()) {
            throw new IllegalStateException(service + "-service " + index + " is still running");
        }
        instance.process = instance.builder.start();
        awaitReady(instance, STARTUP);
    }

    /**
     * Restarts every instance of a service with its clock moved by {@code offset} ({@code RUS_CLOCK_OFFSET}), so a
     * test can play a calendar (a deadline passing) on packaged processes; {@link Duration#ZERO} sets it back.
     */
    void moveClock(String service, Duration offset) throws IOException, InterruptedException {
        for (Instance instance : instances.get(service)) {
            instance.process.destroy();
            if (!instance.process.waitFor(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException(service + "-service " + instance.index + " did not stop");
            }
            instance.builder.environment().put("RUS_CLOCK_OFFSET", offset.toString());
            instance.process = instance.builder.start();
            awaitReady(instance, STARTUP);
        }
    }

    /** The process id of an instance, e.g. to report which process a drill killed. */
    long pid(String service, int index) {
        return instances.get(service).get(index).process.pid();
    }

    void stopKafka() throws Exception {
        infrastructure.stopKafka();
    }

    void startKafka() throws Exception {
        infrastructure.startKafka();
    }

    void stopPostgres() throws IOException {
        infrastructure.stopPostgres();
    }

    void startPostgres() throws IOException {
        infrastructure.startPostgres();
    }

    private void createTopics(int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure.kafkaBootstrapServers()))) {
            admin.createTopics(TOPICS.stream().map(topic -> new NewTopic(topic, partitions, (short) 1)).toList())
                    .all().get(1, TimeUnit.MINUTES);
        }
    }

    private void awaitReady(Instance instance, Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(instance.url.resolve("/q/health/ready"))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // starting
            }
            if (!instance.process.isAlive()) {
                throw new IllegalStateException(instance.service + "-service " + instance.index + " exited; log: "
                        + instance.log);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(instance.service + "-service " + instance.index
                        + " did not become healthy; log: " + instance.log);
            }
            Thread.sleep(500);
        }
    }

    @Override
    public void close() throws Exception {
        List<Process> processes = instances.values().stream().flatMap(List::stream).map(i -> i.process).toList();
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            process.waitFor();
        }
        infrastructure.close();
    }
}
