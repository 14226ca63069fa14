package se.rus.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Loads a year's dataset ({@code deploy/data/<year>/}) through the services' public REST APIs, as
 * any client would, in dependency order. Every step is an idempotent import, so loading twice
 * changes nothing. A dataset whose year was approved ({@code approval.json}) has that approval replayed
 * by the steering group once the report has settled ({@link #approve}), with the day it was really made.
 */
public final class DatasetLoader {

    public record Endpoints(URI planning, URI finance, URI followup, URI reporting) {
        /** The run command's services: four consecutive ports from {@code portBase} (8081 by default). */
        public static Endpoints local(int portBase) {
            return new Endpoints(URI.create("http://localhost:" + portBase), URI.create("http://localhost:" + (portBase + 1)),
                    URI.create("http://localhost:" + (portBase + 2)), URI.create("http://localhost:" + (portBase + 3)));
        }
    }

    private static final Duration PROPAGATION_TIMEOUT = Duration.ofSeconds(120);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Endpoints endpoints;
    private final Supplier<String> workingGroupToken;
    private final Supplier<String> steeringToken;

    /** {@code workingGroupToken} imports; {@code steeringToken} replays a recorded approval. */
    public DatasetLoader(Endpoints endpoints, Supplier<String> workingGroupToken, Supplier<String> steeringToken) {
        this.endpoints = endpoints;
        this.workingGroupToken = workingGroupToken;
        this.steeringToken = steeringToken;
    }

    /** True when planning holds no plan at all: a suite nobody has entered anything into yet. */
    public boolean suiteIsEmpty() throws IOException, InterruptedException {
        URI plans = endpoints.planning().resolve("/api/v1/plans?page=0&size=1");
        HttpResponse<String> response = http.send(request(plans).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + plans + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().replace(" ", "").contains("\"totalItems\":0");
    }

    public void load(Path dataDir, int year) throws IOException, InterruptedException {
        put(endpoints.planning().resolve("/api/v1/plans/" + year + "/import"), dataDir.resolve("plan.json"), null);
        put(endpoints.finance().resolve("/api/v1/years/" + year + "/import"), dataDir.resolve("finance.json"), null);
        // the follow-up import names activities the follow-up service learns of from planning events
        // only, so it is refused (422) until those events have arrived
        URI followup = endpoints.followup().resolve("/api/v1/followups/" + year + "/import");
        retryWhileUnprocessable(() -> send("PUT", followup, dataDir.resolve("followup.json"), null));
        URI draft = endpoints.reporting().resolve("/api/v1/reports/" + year + "/draft");
        put(draft, dataDir.resolve("report.json"), etagOf(draft).orElse(null));
    }

    /**
     * Replays the dataset's recorded approval ({@code approval.json}: the body of the steering group's
     * {@code POST …/approvals}) once the report has settled; true when it approved. A dataset without one, or a year
     * that already has an approved version, is left as it is, so loading again never approves twice.
     */
    public boolean approve(Path dataDir, int year) throws IOException, InterruptedException {
        Path approval = dataDir.resolve("approval.json");
        if (!Files.isRegularFile(approval)) {
            return false;
        }
        URI versions = endpoints.reporting().resolve("/api/v1/reports/" + year + "/versions?page=0&size=1");
        HttpResponse<String> existing = http.send(request(versions).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (existing.statusCode() != 200) {
            throw new IOException("GET " + versions + " answered " + existing.statusCode() + ": " + existing.body());
        }
        if (!existing.body().replace(" ", "").contains("\"totalItems\":0")) {
            System.out.println(year + " already has an approved version; its approval is not replayed");
            return false;
        }
        settle(year);
        URI approvals = endpoints.reporting().resolve("/api/v1/reports/" + year + "/approvals");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(approvals).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + steeringToken.get())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(approval)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IOException("POST " + approvals + " answered " + response.statusCode() + ": " + response.body());
        }
        System.out.println("approved " + year + " as recorded in " + approval.getFileName() + " → " + approvals + " (201)");
        return true;
    }

    /**
     * Waits until the reporting read model has settled: two identical answers a second apart and checks without
     * errors (every outcome and valuation of the dataset has arrived).
     */
    private void settle(int year) throws IOException, InterruptedException {
        URI report = endpoints.reporting().resolve("/api/v1/reports/" + year);
        URI checks = endpoints.reporting().resolve("/api/v1/reports/" + year + "/checks");
        Instant deadline = Instant.now().plus(PROPAGATION_TIMEOUT);
        String previous = null;
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = http.send(request(report).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && response.body().equals(previous)) {
                HttpResponse<String> verdict = http.send(request(checks).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (verdict.statusCode() != 200 || verdict.body().replace(" ", "").contains("\"approvable\":true")) {
                    return;
                }
            }
            previous = response.statusCode() == 200 ? response.body() : null;
            Thread.sleep(1000);
        }
    }

    /**
     * Waits until the reporting read model has settled, then saves the rendered report as HTML and PDF into
     * {@code outputDir}; returns the files written.
     */
    public java.util.List<Path> saveReport(int year, Path outputDir) throws IOException, InterruptedException {
        URI report = endpoints.reporting().resolve("/api/v1/reports/" + year);
        settle(year);
        java.util.List<Path> written = new java.util.ArrayList<>();
        for (String format : java.util.List.of("html", "pdf")) {
            Path file = outputDir.resolve("rus-" + year + "." + format);
            HttpResponse<Path> response = http.send(request(URI.create(report + "?format=" + format)).GET().build(),
                    HttpResponse.BodyHandlers.ofFile(file));
            if (response.statusCode() == 200) {
                written.add(file);
            }
        }
        return written;
    }

    private void put(URI uri, Path body, String ifMatch) throws IOException, InterruptedException {
        HttpResponse<String> response = send("PUT", uri, body, ifMatch);
        if (response.statusCode() >= 300) {
            throw new IOException("PUT " + uri + " answered " + response.statusCode() + ": " + response.body());
        }
        System.out.println("loaded " + body.getFileName() + " → " + uri + " (" + response.statusCode() + ")");
    }

    private Optional<String> etagOf(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? response.headers().firstValue("ETag") : Optional.empty();
    }

    private interface Call {
        HttpResponse<String> run() throws IOException, InterruptedException;
    }

    private void retryWhileUnprocessable(Call call) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(PROPAGATION_TIMEOUT);
        HttpResponse<String> response = call.run();
        while (response.statusCode() == 422 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            response = call.run();
        }
        if (response.statusCode() >= 300) {
            throw new IOException(response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        System.out.println("loaded → " + response.request().uri() + " (" + response.statusCode() + ")");
    }

    private HttpResponse<String> send(String method, URI uri, Path body, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(uri)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofFile(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + workingGroupToken.get());
    }

    /**
     * {@code deploy/local/load}: args are the state directory (signing key), the data directory and
     * optionally {@code --if-empty}, with which a suite that already holds data is left alone (so a
     * restart never overwrites what people entered). {@code RUS_PORT_BASE} moves the services' ports.
     */
    public static void main(String[] args) throws Exception {
        Path stateDir = Path.of(args[0]);
        Path dataDir = Path.of(args[1]);
        boolean onlyIntoEmptySuite = args.length > 2 && args[2].equals("--if-empty");
        int year = Integer.parseInt(dataDir.getFileName().toString());
        if (!Files.isDirectory(dataDir)) {
            throw new IllegalArgumentException("no dataset at " + dataDir);
        }
        JwtMinter minter = new JwtMinter(DevKeys.readPrivateKey(stateDir), JwtMinter.LOCAL_ISSUER);
        int portBase = Integer.parseInt(Optional.ofNullable(System.getenv("RUS_PORT_BASE")).orElse("8081"));
        DatasetLoader loader = new DatasetLoader(Endpoints.local(portBase),
                () -> minter.mint("dataset-loader", "rus-working-group", null, Duration.ofMinutes(10)),
                () -> minter.mint("dataset-loader", "rus-steering", null, Duration.ofMinutes(10)));
        if (onlyIntoEmptySuite && !loader.suiteIsEmpty()) {
            System.out.println("the suite already holds data; " + year + " not loaded (deploy/local/load loads it anyway)");
            return;
        }
        loader.load(dataDir, year);
        loader.approve(dataDir, year);
        for (Path file : loader.saveReport(year, stateDir)) {
            System.out.println("report saved: " + file.toAbsolutePath());
        }
    }
}
