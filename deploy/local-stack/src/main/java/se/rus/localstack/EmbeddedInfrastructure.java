package se.rus.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

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
     * @param workDir where the database files and Kafka logs go; wiped on start, since the
     *                local stack is disposable and the dataset is loaded through the APIs
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

    private static void createServiceDatabases(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String database : SERVICE_DATABASES) {
                statement.execute("CREATE DATABASE " + database);
            }
        }
    }

    /**
     * A single combined broker+controller; {@code brokerProperties} go to that node, e.g. an
     * {@code advertised.listeners} that sends clients through a {@link TcpProxy}.
     */
    public static KafkaClusterTestKit startKafka(Path baseDir, Map<String, String> brokerProperties) throws Exception {
        TestKitNodes nodes = new TestKitNodes.Builder()
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
                .build();
        kafka.format();
        kafka.startup();
        kafka.waitForReadyBrokers();
        return kafka;
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
