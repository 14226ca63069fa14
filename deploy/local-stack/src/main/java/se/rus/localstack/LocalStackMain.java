package se.rus.localstack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;

/**
 * The run command's infrastructure process: starts PostgreSQL and Kafka, writes their
 * coordinates to {@code stack.env} in the state directory and keeps them up until stopped.
 */
public final class LocalStackMain {

    public static final String ENV_FILE = "stack.env";

    public static void main(String[] args) throws Exception {
        Path stateDir = Path.of(args.length > 0 ? args[0] : "deploy/local/.state").toAbsolutePath();
        Path envFile = stateDir.resolve(ENV_FILE);
        Files.deleteIfExists(envFile);
        DevKeys.ensureExist(stateDir);

        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.startDurable(stateDir.resolve("data"));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(envFile);
                infrastructure.close();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "local-stack-shutdown"));

        StringBuilder env = new StringBuilder()
                .append("RUS_PG_PORT=").append(infrastructure.postgresPort()).append('\n')
                .append("RUS_DB_USER=").append(EmbeddedInfrastructure.DB_USER).append('\n')
                .append("RUS_DB_PASSWORD=").append(EmbeddedInfrastructure.DB_PASSWORD).append('\n')
                .append("KAFKA_BOOTSTRAP_SERVERS=").append(infrastructure.kafkaBootstrapServers()).append('\n')
                .append("RUS_JWT_PUBLIC_KEY_LOCATION=").append(stateDir.resolve(DevKeys.PUBLIC_KEY_FILE)).append('\n')
                .append("RUS_JWT_ISSUER=").append(JwtMinter.LOCAL_ISSUER).append('\n');
        // written atomically: the run command treats the file's existence as "ready"
        Path partial = stateDir.resolve(ENV_FILE + ".partial");
        Files.writeString(partial, env, StandardCharsets.UTF_8);
        Files.move(partial, envFile, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("local stack ready: PostgreSQL on " + infrastructure.postgresPort()
                + ", Kafka on " + infrastructure.kafkaBootstrapServers());
        stopped.await();
    }
}
