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
    /** A second trusted identity provider, as a county's own would be in production. */
    public static final String SECOND_ISSUER = "https://rus.example/county-idp";

    private static Shared shared;

    private String database;

    private record Shared(EmbeddedInfrastructure infrastructure, KeyPair keys, Path publicKey,
                          KeyPair secondKeys, Path secondPublicKey) {
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
                "mp.jwt.verify.issuer", TEST_ISSUER,
                "rus.jwt.additional-issuers", SECOND_ISSUER + "|" + s.secondPublicKey().toUri(),
                // InMemorySpans takes the spans as a collector would, so they are recorded (SpansWhereTheyGo)
                "rus.otel.endpoint", "in-memory");
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

    /**
     * Tokens every endpoint under /api must refuse with 401, by what is wrong with them: expired,
     * another issuer, another audience, signed by an unknown key, unsigned ({@code alg: none}), valid for longer than
     * the suite's maximum lifetime of 12 hours (13 hours, 100 years), and without {@code iat} (no known lifetime).
     */
    public static Map<String, String> invalidTokens() {
        JwtMinter minter = minter();
        Map<String, Object> valid = minter.standardClaims("test-attacker", Duration.ofMinutes(5));
        valid.put("groups", java.util.List.of("rus-working-group"));

        Map<String, Object> expired = new java.util.LinkedHashMap<>(valid);
        expired.put("exp", java.time.Instant.now().minus(Duration.ofHours(1)).getEpochSecond());
        expired.put("iat", java.time.Instant.now().minus(Duration.ofHours(2)).getEpochSecond());
        Map<String, Object> otherAudience = new java.util.LinkedHashMap<>(valid);
        otherAudience.put("aud", "some-other-system");

        Map<String, Object> thirteenHours = new java.util.LinkedHashMap<>(valid);
        thirteenHours.put("exp", java.time.Instant.now().plus(Duration.ofHours(13)).getEpochSecond());
        Map<String, Object> hundredYears = new java.util.LinkedHashMap<>(valid);
        hundredYears.put("exp", java.time.Instant.now().plus(Duration.ofDays(36_525)).getEpochSecond());
        Map<String, Object> noIssuedAt = new java.util.LinkedHashMap<>(valid);
        noIssuedAt.remove("iat");

        return Map.of(
                "expired", minter.sign(expired),
                "valid for 13 hours", minter.sign(thirteenHours),
                "valid for 100 years", minter.sign(hundredYears),
                "without iat", minter.sign(noIssuedAt),
                "wrong issuer", new JwtMinter(shared().keys().getPrivate(), "https://evil.example/idp")
                        .mint("test-attacker", "rus-working-group", null, Duration.ofMinutes(5)),
                "wrong audience", minter.sign(otherAudience),
                "bad signature", new JwtMinter(DevKeys.generate().getPrivate(), TEST_ISSUER)
                        .mint("test-attacker", "rus-working-group", null, Duration.ofMinutes(5)),
                "alg none", JwtMinter.encode(Map.of("alg", "none", "typ", "JWT")) + "." + JwtMinter.encode(valid) + ".");
    }

    /** A token from the second trusted identity provider. */
    public static String secondIssuerToken(String role, String countyCode) {
        return new JwtMinter(shared().secondKeys().getPrivate(), SECOND_ISSUER)
                .mint("second-idp-" + role, role, countyCode, Duration.ofMinutes(30));
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
                KeyPair secondKeys = DevKeys.generate();
                Path secondPublicKey = DevKeys.write(secondKeys, Files.createDirectories(workDir.resolve("second-idp")));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        infrastructure.close();
                    } catch (Exception e) {
                        e.printStackTrace();
                    }
                }, "rus-test-infrastructure-shutdown"));
                shared = new Shared(infrastructure, keys, publicKey, secondKeys, secondPublicKey);
            } catch (Exception e) {
                throw new IllegalStateException("cannot start embedded PostgreSQL and Kafka", e);
            }
        }
        return shared;
    }
}
