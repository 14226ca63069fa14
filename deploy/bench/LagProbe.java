import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Event lag, write → visible in the report: posts a ledger entry to the probe year through finance, then reads
 * that year's report JSON from reporting every 5 ms until it differs from the report before the write. The probe
 * year holds nothing but the probe's own entries, so only its write can change that report; its events share the
 * finance topic, relay and consumer with whatever else is written meanwhile (the POST benchmark), so their backlog
 * is what the probe measures. One probe every 250 ms for the given seconds; prints count, p50, p99, max in ms, and
 * the same for the read that first showed the change: it found a new read-model version, so it is the read that
 * assembled the report (pointed at the stress year: a 60 000-entry year's report right after an event).
 * Run: java deploy/bench/LagProbe.java PORT_BASE TOKEN PROBE_YEAR POST_ID SECONDS
 */
public class LagProbe {

    public static void main(String[] args) throws Exception {
        int base = Integer.parseInt(args[0]);
        String token = args[1];
        int year = Integer.parseInt(args[2]);
        String postId = args[3];
        long until = System.nanoTime() + Long.parseLong(args[4]) * 1_000_000_000L;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest report = HttpRequest.newBuilder(URI.create("http://localhost:" + (base + 3) + "/api/v1/reports/" + year))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).build();
        List<Double> lags = new ArrayList<>();
        List<Double> firstReads = new ArrayList<>();
        int unseen = 0;
        while (System.nanoTime() < until) {
            long cycle = System.nanoTime();
            String before = http.send(report, HttpResponse.BodyHandlers.ofString()).body();
            String entry = "{\"postId\":\"" + postId + "\",\"entryDate\":\"" + year + "-06-01\",\"amount\":\"1.00\","
                    + "\"text\":\"Fördröjningsprov\",\"category\":\"DIRECT_SPEND\"}";
            long written = System.nanoTime();
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + (base + 1) + "/api/v1/years/" + year + "/ledger-entries"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(entry)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("probe entry → " + created.statusCode() + ": " + created.body());
            }
            boolean seen = false;
            while (System.nanoTime() - written < 60_000_000_000L) {
                long read = System.nanoTime();
                if (!http.send(report, HttpResponse.BodyHandlers.ofString()).body().equals(before)) {
                    long now = System.nanoTime();
                    lags.add((now - written) / 1e6);
                    firstReads.add((now - read) / 1e6);
                    seen = true;
                    break;
                }
                Thread.sleep(5);
            }
            unseen += seen ? 0 : 1;
            long rest = 250_000_000L - (System.nanoTime() - cycle);
            if (rest > 0) {
                Thread.sleep(rest / 1_000_000);
            }
        }
        if (lags.isEmpty()) {
            System.out.println("lag probes=0 unseen=" + unseen);
            return;
        }
        System.out.println("lag probes=" + lags.size() + " unseen=" + unseen + " " + percentiles(lags)
                + "; first changed read " + percentiles(firstReads));
    }

    private static String percentiles(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "p50=%.0f p99=%.0f max=%.0f", sorted.get(sorted.size() / 2),
                sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)),
                sorted.get(sorted.size() - 1));
    }
}
