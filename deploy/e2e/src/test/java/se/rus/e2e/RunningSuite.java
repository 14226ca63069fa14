package se.rus.e2e;

import se.rus.localstack.DatasetLoader;
import se.rus.localstack.DevKeys;
import se.rus.localstack.EmbeddedInfrastructure;
import se.rus.localstack.JwtMinter;

import java.io.IOException;
import java.net.ServerSocket;
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

/**
 * The four packaged services running as separate processes, as in production, on fresh embedded
 * PostgreSQL databases and a fresh Kafka broker.
 */
final class RunningSuite implements AutoCloseable {

    static final String ISSUER = "https://rus.example/e2e-idp";
    private static final List<String> SERVICES = List.of("planning", "finance", "followup", "reporting");

    final Path root;
    final Map<String, URI> urls = new LinkedHashMap<>();
    private final EmbeddedInfrastructure infrastructure;
    private final JwtMinter minter;
    private final List<Process> processes = new ArrayList<>();

    RunningSuite() throws Exception {
        root = Path.of(System.getProperty("rus.root", "../..")).toAbsolutePath().normalize();
        Path workDir = Files.createTempDirectory("rus-e2e-");
        infrastructure = EmbeddedInfrastructure.start(workDir);
        KeyPair keys = DevKeys.generate();
        Path publicKey = DevKeys.write(keys, workDir);
        minter = new JwtMinter(keys.getPrivate(), ISSUER);
        for (String service : SERVICES) {
            int port = freePort();
            Path jar = root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
            ProcessBuilder builder = new ProcessBuilder("java", "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(workDir.resolve(service + ".log").toFile());
            Map<String, String> env = builder.environment();
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            env.put("RUS_DB_URL", infrastructure.jdbcUrl(service));
            env.put("RUS_DB_USER", EmbeddedInfrastructure.DB_USER);
            env.put("RUS_DB_PASSWORD", EmbeddedInfrastructure.DB_PASSWORD);
            env.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
            env.put("RUS_JWT_PUBLIC_KEY_LOCATION", publicKey.toString());
            env.put("RUS_JWT_ISSUER", ISSUER);
            processes.add(builder.start());
            urls.put(service, URI.create("http://localhost:" + port));
        }
        awaitHealthy(Duration.ofMinutes(3), workDir);
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
                urls.get("followup"), urls.get("reporting")), () -> token("rus-working-group"));
    }

    private void awaitHealthy(Duration timeout, Path logs) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        for (Map.Entry<String, URI> service : urls.entrySet()) {
            while (true) {
                try {
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(service.getValue().resolve("/q/health/ready"))
                            .build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYetListening) {
                    // starting
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(service.getKey() + "-service did not become healthy; log: "
                            + logs.resolve(service.getKey() + ".log"));
                }
                Thread.sleep(500);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            process.waitFor();
        }
        infrastructure.close();
    }
}
