package se.rus.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

    private final EmbeddedPostgres postgres;
    private final KafkaClusterTestKit kafka;

    private EmbeddedInfrastructure(EmbeddedPostgres postgres, KafkaClusterTestKit kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
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
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    public int postgresPort() {
        return postgres.getPort();
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }
}
