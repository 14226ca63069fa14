package se.rus.reporting.webhook;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends one signed message (java.net.http): the target checked again first, connect and read timeouts, no
 * redirect followed (a 3xx is a failure), at most {@link #RESPONSE_CAP} bytes of the answer read.
 */
@ApplicationScoped
public class WebhookSender {

    /** The receiver's answer is read this far, for the log; the rest is dropped with the connection. */
    static final int RESPONSE_CAP = 1024;

    public record Outcome(Integer status, long latencyMs, String error) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "webhook-sender");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    WebhookSettings settings;

    private volatile HttpClient client;
    private volatile WebhookTargets targets;

    WebhookTargets targets() {
        if (targets == null) {
            targets = new WebhookTargets(settings.allowedHosts().orElse(List.of()), InetAddress::getAllByName);
        }
        return targets;
    }

    private HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(settings.connectTimeout())
                    .executor(executor)
                    .build();
        }
        return client;
    }

    /** Never fails: what went wrong is the outcome's error. */
    public CompletableFuture<Outcome> send(String url, String messageId, List<String> secrets, String body) {
        long started = System.nanoTime();
        Optional<String> refusal = targets().refusal(url);
        if (refusal.isPresent()) {
            return CompletableFuture.completedFuture(new Outcome(null, 0, "Mottagaren är inte tillåten: " + refusal.get()));
        }
        long timestamp = Instant.now().getEpochSecond();
        String signature = String.join(" ", secrets.stream()
                .map(secret -> Signatures.sign(secret, messageId, timestamp, body)).toList());
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(settings.readTimeout())
                .header("content-type", "application/json")
                .header("user-agent", "RUS-Webhooks/1.0")
                .header("webhook-id", messageId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return client().sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(response -> {
                    String answer = capped(response.body());
                    int status = response.statusCode();
                    long latency = (System.nanoTime() - started) / 1_000_000;
                    if (status >= 200 && status < 300) {
                        return new Outcome(status, latency, null);
                    }
                    String error = status >= 300 && status < 400 ? "omdirigering följs inte (" + status + ")"
                            : "mottagaren svarade " + status + (answer.isBlank() ? "" : ": " + answer);
                    return new Outcome(status, latency, error);
                })
                .exceptionally(failure -> {
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    String error = cause instanceof HttpTimeoutException ? "inget svar inom tidsgränsen"
                            : "gick inte att nå mottagaren: " + cause.getClass().getSimpleName()
                            + (cause.getMessage() == null ? "" : " " + cause.getMessage());
                    return new Outcome(null, (System.nanoTime() - started) / 1_000_000, error);
                });
    }

    private static String capped(InputStream body) {
        try (body) {
            byte[] head = body.readNBytes(RESPONSE_CAP);
            return new String(head, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
