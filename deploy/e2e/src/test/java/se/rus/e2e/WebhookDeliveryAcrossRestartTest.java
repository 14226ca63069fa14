package se.rus.e2e;

import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A webhook message survives a hard restart of reporting-service between the event and its delivery (issue 23): a
 * subscriber (an HTTP server in this JVM) refuses the first attempts, so the message waits in reporting's database
 * for its retry; reporting-service is killed with -9, the subscriber comes up, reporting-service starts again and
 * sends the message, once accepted, with the webhook-id it had before the restart and a signature that an
 * implementation of the Standard Webhooks algorithm written here (not the sender's) verifies.
 *
 * <p>Runs on the shared suite: the restart is over before the next class starts, and the subscription is removed.
 */
@ExtendWith(SharedSuite.class)
class WebhookDeliveryAcrossRestartTest {

    /** A year no other class opens a RÅU round for. */
    private static final int YEAR = 2051;
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    /** Several of the worker's polls (1 s) and more than its first back-off (5 s): time enough to send a copy. */
    private static final Duration QUIET = Duration.ofSeconds(12);

    /** One request the subscriber received, and what it answered. */
    private record Received(String id, String timestamp, String signature, String body, int answered, Instant at) {
    }

    @Test
    void aMessageWaitingForItsRetryIsDeliveredOnceAfterAHardRestart(RunningSuite suite) throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicBoolean accepting = new AtomicBoolean(false);
        HttpServer subscriber = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        subscriber.createContext("/rus-hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int status = accepting.get() ? 204 : 503;
            var headers = exchange.getRequestHeaders();
            received.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), body, status, Instant.now()));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        subscriber.start();
        String subscription = null;
        try {
            String url = "http://127.0.0.1:" + subscriber.getAddress().getPort() + "/rus-hook";
            JsonPath created = as(suite, "reporting", "rus-working-group").contentType(ContentType.JSON)
                    .body(Map.of("url", url, "eventTypes", List.of("rau.round.opened"),
                            "description", "Omstartsövning"))
                    .post("/api/v1/webhooks/subscriptions").then().statusCode(201).extract().jsonPath();
            subscription = created.getString("id");
            String secret = created.getString("secret");
            assertTrue(secret.startsWith("whsec_"), secret);

            as(suite, "followup", "rus-working-group").contentType(ContentType.JSON)
                    .body(Map.of("instructions", "Anvisningar för RÅU " + YEAR + ": bedöm målet och trenden.",
                            "deadline", (YEAR + 1) + "-01-31", "countyCodes", List.of("01", "21")))
                    .post("/api/v1/rau/{year}/round", YEAR).then().statusCode(201);

            // the event reached reporting-service and the message was tried and refused: it now waits for its retry
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> !received.isEmpty());
            String webhookId = received.get(0).id();
            Instant killed = Instant.now();
            suite.kill("reporting", 0);
            int beforeRestart = received.size();
            accepting.set(true);
            suite.restart("reporting", 0);
            Instant ready = Instant.now();

            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                    .until(() -> received.stream().anyMatch(r -> r.answered() == 204));
            Received delivered = received.stream().filter(r -> r.answered() == 204).findFirst().orElseThrow();
            Thread.sleep(QUIET.toMillis());
            // the worker of the restarted process may send before its readiness is polled: times from the kill
            System.out.printf("webhook across a restart: %d attempt(s) refused before the kill; reporting-service ready"
                            + " %d ms and the message delivered %d ms after the kill%n", beforeRestart,
                    Duration.between(killed, ready).toMillis(), Duration.between(killed, delivered.at()).toMillis());

            assertEquals(1, received.stream().filter(r -> r.answered() == 204).count(),
                    "accepted exactly once: " + received);
            for (Received attempt : received) {
                assertEquals(webhookId, attempt.id(), "the same webhook-id on every attempt, before and after the restart");
                assertTrue(signedWith(secret, attempt), "signature of " + attempt);
            }
            JsonPath event = new JsonPath(delivered.body());
            assertEquals("1.0", event.getString("specversion"));
            assertEquals("rau.round.opened", event.getString("type"));
            assertEquals(YEAR, event.getInt("data.year"), delivered.body());

            JsonPath log = as(suite, "reporting", "rus-working-group")
                    .get("/api/v1/webhooks/subscriptions/{id}/deliveries", subscription)
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(webhookId), log.getList("items.messageId"), "one message in the log");
            assertEquals("DELIVERED", log.getString("items[0].state"));
            List<Integer> statuses = log.getList("items[0].attempts.status", Integer.class);
            assertEquals(204, statuses.get(statuses.size() - 1), "the last attempt logged is the accepted one: " + statuses);
            assertEquals(1, statuses.stream().filter(s -> s != null && s == 204).count(), statuses.toString());
        } finally {
            if (subscription != null) {
                as(suite, "reporting", "rus-working-group").delete("/api/v1/webhooks/subscriptions/{id}", subscription)
                        .then().statusCode(204);
            }
            subscriber.stop(0);
        }
    }

    /**
     * Standard Webhooks 1.0, written from the specification: HMAC-SHA256 of {@code id.timestamp.body} with the
     * base64-decoded key after {@code whsec_}, base64, prefixed {@code v1,}; any of the space-separated signatures.
     */
    private static boolean signedWith(String secret, Received message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = ("v1," + Base64.getEncoder().encodeToString(mac.doFinal(
                (message.id() + "." + message.timestamp() + "." + message.body()).getBytes(StandardCharsets.UTF_8))))
                .getBytes(StandardCharsets.US_ASCII);
        return message.signature() != null && Arrays.stream(message.signature().split(" "))
                .anyMatch(signature -> MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII)));
    }

    private static RequestSpecification as(RunningSuite suite, String service, String role) {
        return given().baseUri(suite.urls.get(service).toString()).auth().oauth2(suite.token(role));
    }
}
