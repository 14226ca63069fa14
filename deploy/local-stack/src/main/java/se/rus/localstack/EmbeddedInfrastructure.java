package se.rus.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL 17 server and a real single-node Kafka broker (KRaft, combined
 * broker+controller), both started in-process-managed without Docker. Used by the run
 * command ({@link LocalStackMain}) and by the services' tests ({@link RusTestInfrastructure}).
 */
public final class EmbeddedInfrastructure implements AutoCloseable {

    public static final List<String> SERVICE_DATABASES = List.of("planning", "finance", "followup", "reporting");
    public static final String DB_USER = "postgres";
    public static final String DB_PASSWORD = "postgres";

    private EmbeddedPostgres postgres;
    private KafkaClusterTestKit kafka;
    /** Set only for {@link #startRestartable}: what a stopped server is started again with. */
    private final Restartable restartable;

    private EmbeddedInfrastructure(EmbeddedPostgres postgres, KafkaClusterTestKit kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.restartable = null;
    }

    private EmbeddedInfrastructure(EmbeddedPostgres postgres, KafkaClusterTestKit kafka, Restartable restartable) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.restartable = restartable;
    }

    /** The data directories, ports and cluster id that outlive a stop of either server. */
    private record Restartable(Path workDir, Path postgresData, int postgresPort, Path kafkaData, String clusterId,
                               TcpProxy kafkaProxy) {
    }

    /**
     * Disposable servers for tests: the work directory is wiped on start and PostgreSQL runs
     * without fsync, since nothing in it has to survive the test JVM.
     */
    public static EmbeddedInfrastructure start(Path workDir) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(workDir.resolve("postgres"))
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "200")
                .start();
        createServiceDatabases(postgres);
        KafkaClusterTestKit kafka = startKafka(workDir.resolve("kafka"), Map.of());
        return new EmbeddedInfrastructure(postgres, kafka);
    }

    /**
     * Disposable servers for fault drills that can each be stopped and started again on the same port and the same
     * data: PostgreSQL keeps its data directory (a stop is a fast shutdown, so nothing committed is lost even without
     * fsync) and Kafka its log directories and cluster id. Kafka's own port changes with every start, so clients
     * reach it through a {@link TcpProxy} on a fixed port that the broker advertises. {@link #close} deletes both.
     */
    public static EmbeddedInfrastructure startRestartable(Path workDir) throws Exception {
        Path postgresData = workDir.resolve("postgres");
        EmbeddedPostgres postgres = restartablePostgres(postgresData, 0);
        createServiceDatabases(postgres);
        Path kafkaData = workDir.resolve("kafka");
        int proxyPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            proxyPort = socket.getLocalPort();
        }
        Restartable restartable = new Restartable(workDir, postgresData, postgres.getPort(), kafkaData,
                Uuid.randomUuid().toString(), new TcpProxy(proxyPort, null));
        EmbeddedInfrastructure infrastructure = new EmbeddedInfrastructure(postgres, null, restartable);
        infrastructure.startKafka();
        return infrastructure;
    }

    private static EmbeddedPostgres restartablePostgres(Path dataDirectory, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "200");
        if (port != 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /** Shuts PostgreSQL down (fast: open transactions are rolled back, clients are disconnected). */
    public synchronized void stopPostgres() throws IOException {
        requireRestartable();
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    /** Starts PostgreSQL again on the port and data directory it had. */
    public synchronized void startPostgres() throws IOException {
        requireRestartable();
        if (postgres == null) {
            postgres = restartablePostgres(restartable.postgresData(), restartable.postgresPort());
        }
    }

    /** Stops the broker; clients find nothing listening on its address until {@link #startKafka}. */
    public synchronized void stopKafka() throws Exception {
        requireRestartable();
        if (kafka != null) {
            restartable.kafkaProxy().cut();
            kafka.close();
            kafka = null;
        }
    }

    /** Starts the broker again on its log directories; clients reach it on the same address as before. */
    public synchronized void startKafka() throws Exception {
        requireRestartable();
        if (kafka != null) {
            return;
        }
        TcpProxy proxy = restartable.kafkaProxy();
        kafka = startKafka(restartable.kafkaData(),
                Map.of("advertised.listeners", "EXTERNAL://localhost:" + proxy.port()), restartable.clusterId(), false);
        String[] broker = kafka.bootstrapServers().split(",")[0].split(":");
        proxy.retarget(new InetSocketAddress(broker[0], Integer.parseInt(broker[1])));
        proxy.restore();
    }

    private void requireRestartable() {
        if (restartable == null) {
            throw new IllegalStateException("only servers started with startRestartable can be stopped and started");
        }
    }

    /**
     * Servers whose data outlives them, for the run command a small office may really work with:
     * PostgreSQL keeps its data directory and syncs every commit to disk, Kafka keeps its logs and
     * cluster id, and a start after a hard kill recovers both (PostgreSQL replays its WAL, Kafka
     * recovers its log segments). Only an explicit reset deletes {@code workDir}.
     */
    public static EmbeddedInfrastructure startDurable(Path workDir) throws Exception {
        Path dataDirectory = workDir.resolve("postgres");
        stopOrphanedPostmaster(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "200")
                // zonky starts PostgreSQL with -F (no fsync) and synchronous_commit off; a durable
                // server needs both on (these settings come after -F on the command line, so they win)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        createServiceDatabases(postgres);
        Path kafkaDirectory = workDir.resolve("kafka");
        KafkaClusterTestKit kafka = startKafka(kafkaDirectory, Map.of(), clusterId(kafkaDirectory), false);
        return new EmbeddedInfrastructure(postgres, kafka);
    }

    /**
     * A PostgreSQL server outlives a stack process that was killed hard; it still holds the data
     * directory, so it is shut down (fast: rolls back open transactions) before a new one starts.
     */
    private static void stopOrphanedPostmaster(Path dataDirectory) throws Exception {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (postmaster.isPresent()) {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            postmaster.get().onExit().get(60, TimeUnit.SECONDS);
        }
    }

    /** Kafka refuses log directories formatted for another cluster, so the id is kept beside them. */
    private static String clusterId(Path kafkaDirectory) throws IOException {
        Path file = kafkaDirectory.resolve("cluster.id");
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        String id = Uuid.randomUuid().toString();
        Files.createDirectories(kafkaDirectory);
        Files.writeString(file, id);
        return id;
    }

    private static void createServiceDatabases(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String database : SERVICE_DATABASES) {
                try (ResultSet existing = statement.executeQuery(
                        "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                    if (existing.next()) {
                        continue;
                    }
                }
                statement.execute("CREATE DATABASE " + database);
            }
        }
    }

    /**
     * A single combined broker+controller; {@code brokerProperties} go to that node, e.g. an
     * {@code advertised.listeners} that sends clients through a {@link TcpProxy}.
     */
    public static KafkaClusterTestKit startKafka(Path baseDir, Map<String, String> brokerProperties) throws Exception {
        return startKafka(baseDir, brokerProperties, Uuid.randomUuid().toString(), true);
    }

    private static KafkaClusterTestKit startKafka(Path baseDir, Map<String, String> brokerProperties, String clusterId,
                                                  boolean disposable) throws Exception {
        TestKitNodes nodes = new TestKitNodes.Builder()
                .setClusterId(clusterId)
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .setBaseDirectory(baseDir)
                .setPerServerProperties(brokerProperties.isEmpty() ? Map.of() : Map.of(0, brokerProperties))
                .build();
        KafkaClusterTestKit kafka = new KafkaClusterTestKit.Builder(nodes)
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("auto.create.topics.enable", "true")
                .setConfigProp("num.partitions", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setDeleteOnClose(disposable)
                .build();
        if (disposable || !isFormatted(baseDir)) {
            kafka.format();
        }
        kafka.startup();
        kafka.waitForReadyBrokers();
        return kafka;
    }

    private static boolean isFormatted(Path baseDir) throws IOException {
        if (!Files.isDirectory(baseDir)) {
            return false;
        }
        try (Stream<Path> nodeDirectories = Files.list(baseDir)) {
            return nodeDirectories.anyMatch(node -> Files.exists(node.resolve("meta.properties")));
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort() + "/" + database;
    }

    public int postgresPort() {
        return restartable != null ? restartable.postgresPort() : postgres.getPort();
    }

    public String kafkaBootstrapServers() {
        return restartable != null ? "localhost:" + restartable.kafkaProxy().port() : kafka.bootstrapServers();
    }

    @Override
    public synchronized void close() throws Exception {
        try {
            if (restartable != null) {
                restartable.kafkaProxy().close();
            }
            if (kafka != null) {
                kafka.close();
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
            if (restartable != null) {
                deleteRecursively(restartable.postgresData());
                deleteRecursively(restartable.kafkaData());
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
