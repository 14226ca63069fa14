import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Latency of the suite's main read paths on a running local stack (deploy/local/up), one client,
 * sequential requests after a warm-up. Run: java deploy/bench/ApiLatency.java "$(deploy/local/token rus-working-group)" [requests]
 * Bounded: only localhost, a fixed number of requests per endpoint.
 */
public class ApiLatency {

    private static final List<String> ENDPOINTS = List.of(
            "http://localhost:8081/api/v1/plans/2024/summary",
            "http://localhost:8081/api/v1/plans/2024/activities?size=50",
            "http://localhost:8082/api/v1/years/2024/summary",
            "http://localhost:8082/api/v1/years/2024/ledger-entries?size=50",
            "http://localhost:8083/api/v1/followups/2024/outcomes?size=50",
            "http://localhost:8084/api/v1/reports/2024?format=json",
            "http://localhost:8084/api/v1/reports/2024?format=markdown",
            "http://localhost:8084/api/v1/reports/2024?format=html",
            "http://localhost:8084/api/v1/reports/2024?format=pdf");

    public static void main(String[] args) throws Exception {
        String token = args[0];
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf("%-62s %8s %8s %8s %8s%n", "endpoint", "status", "p50 ms", "p95 ms", "max ms");
        for (String endpoint : ENDPOINTS) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build();
            int status = 0;
            for (int i = 0; i < 20; i++) {
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                millis.add((System.nanoTime() - start) / 1_000_000.0);
            }
            Collections.sort(millis);
            System.out.printf("%-62s %8d %8.1f %8.1f %8.1f%n", endpoint.replace("http://localhost", ""), status,
                    millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95)), millis.get(millis.size() - 1));
        }
    }
}
