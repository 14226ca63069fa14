package se.rus.localstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Map;

/**
 * Test resource for every service: real PostgreSQL and Kafka plus a signing key, started once
 * per test JVM and shared by all test classes, stopped when the JVM exits.
 * Register it with {@code @WithTestResource(value = RusTestInfrastructure.class,
 * initArgs = @ResourceArg(name = "database", value = "planning"))}.
 */
public class RusTestInfrastructure implements QuarkusTestResourceLifecycleManager {

    public static final String TEST_ISSUER = "https://rus.example/test-idp";

    private static Shared shared;

    private String database;

    private record Shared(EmbeddedInfrastructure infrastructure, KeyPair keys, Path publicKey) {
    }

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "postgres");
    }

    @Override
    public Map<String, String> start() {
        Shared s = shared();
        return Map.of(
                "quarkus.datasource.jdbc.url", s.infrastructure().jdbcUrl(database),
                "quarkus.datasource.username", EmbeddedInfrastructure.DB_USER,
                "quarkus.datasource.password", EmbeddedInfrastructure.DB_PASSWORD,
                "kafka.bootstrap.servers", s.infrastructure().kafkaBootstrapServers(),
                "mp.jwt.verify.publickey.location", s.publicKey().toUri().toString(),
                "mp.jwt.verify.issuer", TEST_ISSUER);
    }

    @Override
    public void stop() {
        // shared across test classes; the JVM shutdown hook stops it
    }

    public static String kafkaBootstrapServers() {
        return shared().infrastructure().kafkaBootstrapServers();
    }

    /** A token signed with the test key, as the configured identity provider would issue it. */
    public static String token(String role) {
        return minter().mint("test-" + role, role, null, Duration.ofMinutes(30));
    }

    public static String countyToken(String countyCode) {
        return minter().mint("test-county-" + countyCode, "county", countyCode, Duration.ofMinutes(30));
    }

    public static JwtMinter minter() {
        return new JwtMinter(shared().keys().getPrivate(), TEST_ISSUER);
    }

    private static synchronized Shared shared() {
        if (shared == null) {
            try {
                Path workDir = Files.createTempDirectory("rus-test-");
                EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.start(workDir);
                KeyPair keys = DevKeys.generate();
                Path publicKey = DevKeys.write(keys, workDir);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        infrastructure.close();
                    } catch (Exception e) {
                        e.printStackTrace();
                    }
                }, "rus-test-infrastructure-shutdown"));
                shared = new Shared(infrastructure, keys, publicKey);
            } catch (Exception e) {
                throw new IllegalStateException("cannot start embedded PostgreSQL and Kafka", e);
            }
        }
        return shared;
    }
}
