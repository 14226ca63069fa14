import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak of issue 24 (deploy/bench/soak runs it): a fixed, moderate rate of mixed work against a running suite for a
 * fixed time — reads of every kind, ledger writes (some retried with their Idempotency-Key), plan edits raced by three
 * clients holding one ETag, RÅU submissions by the counties and reviews raced by two reviewers, report approvals raced
 * by two steering members and re-openings — then checks: no 5xx, no request over 2 s, every ledger entry answered 201
 * in finance and in the report (sums to the öre), outboxes empty, no new dead letters, each service's RSS within 10 %
 * of its value after the first 2 minutes. Prints a Markdown section; exits 1 when a check fails.
 * Environment: SOAK_PORT_BASE, SOAK_MINUTES, SOAK_RATE (operations per second), SOAK_YEAR, SOAK_WG, SOAK_STEERING,
 * SOAK_COUNTIES ("01=token,03=token,…"), SOAK_PIDS ("planning=pid,…"), PGHOST/PGPORT/PGUSER/PGPASSWORD for psql.
 */
public class Soak {

    static final Duration SLOW = Duration.ofSeconds(2);
    static final Pattern TOTAL_OUTCOME = Pattern.compile("\"totalOutcome\":\"(-?[0-9]+\\.[0-9]{2})\"");
    static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    static final Pattern TOTAL_ITEMS = Pattern.compile("\"totalItems\":(\\d+)");
    static final Pattern REPORT_STATUS = Pattern.compile("\"status\":\"([A-Z_]+)\"");
    static final Pattern PLANNED_DAYS = Pattern.compile("\"plannedDays\":\"?(-?[0-9.]+)");

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final int base = Integer.parseInt(env("SOAK_PORT_BASE", "8081"));
    // this year by default: a report is approved on a date within its year and never after today
    final int year = Integer.parseInt(env("SOAK_YEAR", String.valueOf(LocalDate.now().getYear())));
    final String wg = System.getenv("SOAK_WG");
    final String steering = System.getenv("SOAK_STEERING");
    final Map<String, String> counties = pairs(System.getenv("SOAK_COUNTIES"));
    final Random random = new Random(24);

    final Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> operations = new ConcurrentHashMap<>();
    final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger slow = new AtomicInteger();
    final AtomicInteger serverErrors = new AtomicInteger();
    final AtomicInteger races = new AtomicInteger();
    final AtomicInteger raceViolations = new AtomicInteger();
    /** Races nobody won: every writer held an ETag an overlapping race on the same resource had already moved. */
    final AtomicInteger staleRaces = new AtomicInteger();
    final AtomicInteger reopenings = new AtomicInteger();
    final Set<String> entries = ConcurrentHashMap.newKeySet();
    final AtomicLong entryCents = new AtomicLong();
    final Map<String, String[]> submissions = new ConcurrentHashMap<>();
    final List<String> activities = new ArrayList<>();
    final List<String[]> rauPairs = new ArrayList<>();
    String postId;

    record Answer(int status, String body, String etag) {
    }

    public static void main(String[] args) throws Exception {
        System.exit(new Soak().run() ? 0 : 1);
    }

    boolean run() throws Exception {
        setUp();
        long startCents = cents(outcome(base + 1, "/api/v1/years/" + year + "/summary"));
        long startDeadLetters = deadLetters();
        int startVersions = approvedVersions();
        Map<String, Long> rssAt2 = new TreeMap<>();
        int minutes = Integer.parseInt(env("SOAK_MINUTES", "20"));
        double rate = Double.parseDouble(env("SOAK_RATE", "5"));
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        ExecutorService workers = Executors.newFixedThreadPool(16);
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        long started = System.nanoTime();
        ticks.scheduleAtFixedRate(() -> workers.submit(this::oneOperation), 0, (long) (1_000_000 / rate), TimeUnit.MICROSECONDS);
        ticks.schedule(() -> rssAt2.putAll(rss()), 2, TimeUnit.MINUTES);
        Thread.sleep(Duration.ofMinutes(minutes).toMillis());
        ticks.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(2, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Long> rssAtEnd = rss();
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();

        // what was written is visible: finance at once, the report once the events arrived (at most 2 minutes)
        long expected = startCents + entryCents.get();
        long finance = cents(outcome(base + 1, "/api/v1/years/" + year + "/summary"));
        long report = Long.MIN_VALUE;
        // an approved report is the frozen version, without the entries written after its approval: re-open it first
        if (reportApproved()) {
            call(base + 3, "POST", "/api/v1/reports/" + year + "/reopenings", steering,
                    "{\"reason\":\"Soaken är slut: utfallet jämförs.\"}", "application/json", null);
        }
        for (int i = 0; i < 120 && report != expected; i++) {
            report = cents(outcome(base + 3, "/api/v1/reports/" + year + "?format=json"));
            if (report != expected) {
                Thread.sleep(1000);
            }
        }
        Map<String, Long> outboxes = new TreeMap<>();
        for (int i = 0; i < 30; i++) {
            outboxes.clear();
            for (String db : List.of("planning", "finance", "followup")) {
                outboxes.put(db, psql(db, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL"));
            }
            if (outboxes.values().stream().allMatch(n -> n == 0)) {
                break;
            }
            Thread.sleep(1000);
        }
        long newDeadLetters = deadLetters() - startDeadLetters;

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        int requests = sorted.size();
        boolean rssOk = true;
        StringBuilder rssRows = new StringBuilder();
        for (Map.Entry<String, Long> at2 : rssAt2.entrySet()) {
            long end = rssAtEnd.getOrDefault(at2.getKey(), 0L);
            double change = 100.0 * (end - at2.getValue()) / at2.getValue();
            rssOk &= Math.abs(change) <= 10;
            rssRows.append(String.format(Locale.ROOT, "| %s | %d | %d | %+.1f %% |%n", at2.getKey(), at2.getValue() / 1024,
                    end / 1024, change));
        }
        boolean sumsOk = finance == expected && report == expected;
        boolean ok = serverErrors.get() == 0 && slow.get() == 0 && sumsOk && raceViolations.get() == 0
                && outboxes.values().stream().allMatch(n -> n == 0) && newDeadLetters == 0 && rssOk && !rssAt2.isEmpty();

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "## Soak, %s: %d min at %.1f operations/s, year %d%n%n", LocalDate.now(), minutes, rate, year));
        out.append(String.format(Locale.ROOT, "%d requests in %.0f s (%.1f/s); load average before %s, after %s%n%n", requests,
                seconds, requests / seconds, loadBefore, loadAfter));
        out.append("| check | figure | target | |\n|---|---|---|---|\n");
        row(out, "5xx answers", serverErrors.get(), "0", serverErrors.get() == 0);
        row(out, "requests over 2 s", slow.get(), "0", slow.get() == 0);
        out.append(String.format(Locale.ROOT, "| latency p50 / p99 / max | %d / %d / %d ms | | |%n",
                pct(sorted, 0.50), pct(sorted, 0.99), sorted.isEmpty() ? 0 : sorted.get(requests - 1)));
        row(out, "races (one ETag, several writers) with two winners or another answer", raceViolations.get() + " of "
                + races.get(), "0", raceViolations.get() == 0);
        row(out, "races nobody won (the ETag had moved: an overlapping race on the same resource)", staleRaces.get(),
                "", true);
        row(out, "report versions approved / re-openings", (approvedVersions() - startVersions) + " / " + reopenings.get(),
                "", true);
        row(out, "ledger entries written (201)", entries.size() + ", " + money(entryCents.get()) + " kr", "", true);
        row(out, "finance total outcome", money(finance), money(expected), finance == expected);
        row(out, "report total outcome", report == Long.MIN_VALUE ? "–" : money(report), money(expected), report == expected);
        row(out, "unpublished outbox rows", outboxes.toString(), "0", outboxes.values().stream().allMatch(n -> n == 0));
        row(out, "new dead letters", newDeadLetters, "0", newDeadLetters == 0);
        row(out, "RSS within 10 % of minute 2", rssOk ? "yes" : "no", "yes", rssOk && !rssAt2.isEmpty());
        out.append("\n| service | RSS at 2 min (MiB) | RSS at end (MiB) | change |\n|---|---|---|---|\n").append(rssRows);
        out.append("\nOperations: ").append(new TreeMap<>(counted(operations))).append("\n\nStatus codes: ")
                .append(new TreeMap<>(counted(statuses))).append("\n");
        if (!problems.isEmpty()) {
            out.append("\nFirst problems:\n\n");
            problems.stream().limit(20).forEach(p -> out.append("- ").append(p).append('\n'));
        }
        out.append("\nResult: ").append(ok ? "**all checks met**" : "**checks not met** (see the rows marked ✗)").append('\n');
        System.out.print(out);
        return ok;
    }

    /** The soak year in every service: a plan with an area and five activities, a financial year with a post, a round, a draft. */
    void setUp() throws Exception {
        String plans = "/api/v1/plans";
        if (call(base, "GET", plans + "/" + year, wg, null, null, null).status() == 404) {
            call(base, "POST", plans, wg, "{\"year\":" + year + ",\"title\":\"RUS verksamhetsplan " + year + " (soak)\",\"periodStart\":"
                    + year + ",\"periodEnd\":" + (year + 2) + ",\"vision\":\"Soak\"}", null, null);
            String area = id(call(base, "POST", plans + "/" + year + "/areas", wg, "{\"name\":\"Soakområde\"}", null, null));
            for (int i = 0; i < 5; i++) {
                call(base, "POST", plans + "/" + year + "/activities", wg, "{\"areaId\":\"" + area + "\",\"title\":\"Soakaktivitet "
                        + i + "\",\"plannedDays\":10}", null, null);
            }
        }
        Matcher ids = ID.matcher(call(base, "GET", plans + "/" + year + "/activities?size=50", wg, null, null, null).body());
        while (ids.find()) {
            activities.add(ids.group(1));
        }
        String years = "/api/v1/years";
        if (call(base + 1, "GET", years + "/" + year, wg, null, null, null).status() == 404) {
            call(base + 1, "POST", years, wg, "{\"year\":" + year + ",\"appropriationName\":\"Anslag 1:2 Miljöövervakning\","
                    + "\"appropriation\":\"6000000.00\",\"keyDistributed\":\"1500000.00\"}", null, null);
            call(base + 1, "POST", years + "/" + year + "/budget-posts", wg, "{\"name\":\"Soakpost\",\"budget\":\"3000000.00\"}", null, null);
        }
        postId = id(call(base + 1, "GET", years + "/" + year + "/budget-posts?size=1", wg, null, null, null));
        String round = "/api/v1/rau/" + year + "/round";
        if (call(base + 2, "GET", round, wg, null, null, null).status() == 404) {
            call(base + 2, "POST", round, wg, "{\"instructions\":\"Anvisningar för RÅU " + year + " (soak).\",\"deadline\":\""
                    + (year + 1) + "-01-31\"}", null, null);
        }
        for (String objective : List.of("LEVANDE_SKOGAR", "FRISK_LUFT", "GIFTFRI_MILJO", "GOD_BEBYGGD_MILJO")) {
            String codes = call(base + 2, "GET", "/api/v1/objectives/" + objective + "/applicability", wg, null, null, null).body();
            for (String county : counties.keySet()) {
                if (codes.contains("\"" + county + "\"")) {
                    rauPairs.add(new String[]{county, objective});
                }
            }
        }
        call(base + 3, "PUT", "/api/v1/reports/" + year + "/draft", wg, "{\"title\":\"RUS verksamhetsberättelse " + year + " (soak)\"}",
                null, null);
    }

    void oneOperation() {
        try {
            int dice = random.nextInt(100);
            String kind = dice < 45 ? "read" : dice < 70 ? "ledger" : dice < 82 ? "plan-race" : dice < 95 ? "rau" : "report";
            operations.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
            switch (kind) {
                case "read" -> read();
                case "ledger" -> ledger();
                case "plan-race" -> planRace();
                case "rau" -> rau();
                default -> report();
            }
        } catch (Exception e) {
            problems.add("operation failed: " + e);
        }
    }

    void read() throws Exception {
        String[][] reads = {
                {"0", "/api/v1/plans/2024/summary"}, {"0", "/api/v1/plans/2024/activities?size=50"},
                {"0", "/api/v1/plans/" + year + "/activities/" + pick(activities)},
                {"1", "/api/v1/years/2024/summary"}, {"1", "/api/v1/years/" + year + "/ledger-entries?size=50&sort=-entryDate"},
                {"2", "/api/v1/followups/2024/outcomes?size=50"}, {"2", "/api/v1/rau/" + year + "/completeness"},
                {"2", "/api/v1/rau/" + year + "/compilation"},
                {"3", "/api/v1/reports/2024?format=json"}, {"3", "/api/v1/reports/2024?format=markdown"},
                {"3", "/api/v1/reports/" + year + "?format=json"}, {"3", "/api/v1/reports/" + year + "/checks"}};
        String[] read = reads[random.nextInt(reads.length)];
        call(base + Integer.parseInt(read[0]), "GET", read[1], random.nextBoolean() ? wg : steering, null, null, null);
    }

    void ledger() throws Exception {
        long cents = 100 + random.nextInt(99_900);
        String key = UUID.randomUUID().toString();
        String body = "{\"postId\":\"" + postId + "\",\"entryDate\":\"" + year + "-03-" + (10 + random.nextInt(18))
                + "\",\"amount\":\"" + money(cents) + "\",\"text\":\"Soak " + key.substring(0, 8) + "\",\"category\":\"DIRECT_SPEND\"}";
        String path = "/api/v1/years/" + year + "/ledger-entries";
        int tries = random.nextInt(10) == 0 ? 2 : 1; // a retry with the same key must not record twice
        for (int i = 0; i < tries; i++) {
            Answer answer = call(base + 1, "POST", path, wg, body, "application/json", Map.of("Idempotency-Key", key));
            if (answer.status() == 201 && entries.add(id(answer))) {
                entryCents.addAndGet(cents);
            }
        }
    }

    void planRace() throws Exception {
        String path = "/api/v1/plans/" + year + "/activities/" + pick(activities);
        Answer current = call(base, "GET", path, wg, null, null, null);
        Matcher stored = PLANNED_DAYS.matcher(current.body());
        BigDecimal now = stored.find() ? new BigDecimal(stored.group(1)) : null;
        List<Callable<Answer>> writers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String days;
            // a value equal to the stored one is a write that changes nothing: a 200 that keeps the ETag, rightly
            // a second "winner" (in the first soaks, 15 of 722 races: one writer in 40 drew the stored value)
            do {
                days = Integer.toString(1 + random.nextInt(40)) + "." + i;
            } while (now != null && new BigDecimal(days).compareTo(now) == 0);
            String patch = days;
            writers.add(() -> call(base, "PATCH", path, wg, "{\"plannedDays\":" + patch + "}", "application/merge-patch+json",
                    Map.of("If-Match", current.etag())));
        }
        race("plan edit", writers, Set.of(412));
    }

    void rau() throws Exception {
        String[] pair = pick(rauPairs);
        String county = counties.get(pair[0]);
        String key = pair[0] + "/" + pair[1];
        String submissions = "/api/v1/rau/" + year + "/submissions";
        String[] known = submissions(key, county, submissions, pair);
        if (known == null) {
            return;
        }
        String path = submissions + "/" + known[0];
        Answer current = call(base + 2, "GET", path, wg, null, null, null);
        String status = field(current.body(), "status");
        if ("DRAFT".equals(status) || "RETURNED".equals(status)) {
            Answer revised = call(base + 2, "PUT", path, county, "{\"assessment\":\"NO\",\"trend\":\"NEUTRAL\",\"summary\":\"Målet nås inte"
                    + " (" + UUID.randomUUID().toString().substring(0, 6) + ").\",\"measures\":\"Åtgärder.\"}", "application/json",
                    Map.of("If-Match", current.etag()));
            if (revised.etag() != null) {
                call(base + 2, "POST", path + "/submit", county, null, null, Map.of("If-Match", revised.etag()));
            }
        } else if ("SUBMITTED".equals(status)) {
            List<Callable<Answer>> reviewers = List.of(
                    () -> call(base + 2, "POST", path + "/accept", wg, "{}", "application/json", Map.of("If-Match", current.etag())),
                    () -> call(base + 2, "POST", path + "/return", wg, "{\"comment\":\"Komplettera med miljödata.\"}",
                            "application/json", Map.of("If-Match", current.etag())));
            race("RÅU review", reviewers, Set.of(412));
        }
    }

    String[] submissions(String key, String county, String submissions, String[] pair) throws Exception {
        String[] known = this.submissions.get(key);
        if (known != null) {
            return known;
        }
        Answer created = call(base + 2, "POST", submissions, county, "{\"countyCode\":\"" + pair[0] + "\",\"objectiveCode\":\""
                + pair[1] + "\",\"assessment\":\"NO\",\"trend\":\"NEUTRAL\",\"summary\":\"Målet nås inte.\",\"measures\":\"Åtgärder.\"}",
                "application/json", null);
        if (created.status() == 201) {
            known = new String[]{id(created)};
            this.submissions.put(key, known);
        }
        return known;
    }

    void report() throws Exception {
        String path = "/api/v1/reports/" + year;
        if (reportApproved()) {
            if (call(base + 3, "POST", path + "/reopenings", steering, "{\"reason\":\"Nya utfall under soaken.\"}",
                    "application/json", null).status() / 100 == 2) {
                reopenings.incrementAndGet();
            }
            return;
        }
        String approval = "{\"approvedAt\":\"" + LocalDate.now() + "\",\"override\":true,\"reason\":\"Soak: godkänns trots kontrollerna.\"}";
        List<Callable<Answer>> members = List.of(
                () -> call(base + 3, "POST", path + "/approvals", steering, approval, "application/json", null),
                () -> call(base + 3, "POST", path + "/approvals", steering, approval, "application/json", null));
        race("report approval", members, Set.of(409));
    }

    /** Writers at once on one resource: exactly one 2xx, every other one of {@code losers}. */
    void race(String what, List<Callable<Answer>> writers, Set<Integer> losers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        try {
            List<Future<Answer>> answers = pool.invokeAll(writers);
            int won = 0;
            int lost = 0;
            List<Integer> seen = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                int status = answer.get().status();
                seen.add(status);
                won += status / 100 == 2 ? 1 : 0;
                lost += losers.contains(status) ? 1 : 0;
            }
            races.incrementAndGet();
            if (won == 0 && lost == writers.size()) {
                staleRaces.incrementAndGet();
            } else if (won != 1 || lost != writers.size() - 1) {
                raceViolations.incrementAndGet();
                problems.add(what + " race answered " + seen);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    Answer call(int port, String method, String path, String token, String body, String contentType,
                Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", contentType == null ? "application/json" : contentType);
        }
        if (headers != null) {
            headers.forEach(request::header);
        }
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - started) / 1_000_000;
        latencies.add(millis);
        statuses.computeIfAbsent(Integer.toString(response.statusCode()), k -> new AtomicInteger()).incrementAndGet();
        if (response.statusCode() >= 500) {
            serverErrors.incrementAndGet();
            problems.add(method + " " + path + " answered " + response.statusCode() + ": " + abbreviated(response.body()));
        }
        if (millis > SLOW.toMillis()) {
            slow.incrementAndGet();
            problems.add(method + " " + path + " took " + millis + " ms");
        }
        return new Answer(response.statusCode(), response.body(), response.headers().firstValue("ETag").orElse(null));
    }

    /**
     * Whether the report as it stands is approved. Not {@code /approved}: that answers for as long as any version was
     * ever approved, also after a re-opening, so asking it made every later turn a re-opening the report refused.
     */
    boolean reportApproved() throws Exception {
        Matcher status = REPORT_STATUS.matcher(call(base + 3, "GET", "/api/v1/reports/" + year + "?format=json", steering,
                null, null, null).body());
        return status.find() && status.group(1).equals("APPROVED");
    }

    int approvedVersions() throws Exception {
        Matcher total = TOTAL_ITEMS.matcher(call(base + 3, "GET", "/api/v1/reports/" + year + "/versions?size=1", steering,
                null, null, null).body());
        return total.find() ? Integer.parseInt(total.group(1)) : 0;
    }

    String outcome(int port, String path) throws Exception {
        Matcher total = TOTAL_OUTCOME.matcher(call(port, "GET", path, steering, null, null, null).body());
        return total.find() ? total.group(1) : null;
    }

    Map<String, Long> rss() {
        Map<String, Long> kib = new TreeMap<>();
        pairs(System.getenv("SOAK_PIDS")).forEach((service, pid) -> {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        kib.put(service, Long.parseLong(line.replaceAll("[^0-9]", "")));
                    }
                }
            } catch (IOException gone) {
                problems.add(service + " (pid " + pid + ") is gone");
            }
        });
        return kib;
    }

    long deadLetters() throws Exception {
        return psql("followup", "SELECT count(*) FROM dead_letter") + psql("reporting", "SELECT count(*) FROM dead_letter");
    }

    long psql(String db, String sql) throws Exception {
        Process process = new ProcessBuilder("psql", "-tA", "-d", db, "-c", sql).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("psql " + db + ": " + out);
        }
        return Long.parseLong(out);
    }

    static void row(StringBuilder out, String check, Object figure, String target, boolean met) {
        out.append("| ").append(check).append(" | ").append(figure).append(" | ").append(target).append(" | ")
                .append(met ? "✓" : "✗").append(" |\n");
    }

    static String id(Answer answer) {
        Matcher id = ID.matcher(answer.body());
        return id.find() ? id.group(1) : null;
    }

    static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return value.find() ? value.group(1) : null;
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    static long cents(String amount) {
        return amount == null ? 0 : new java.math.BigDecimal(amount).movePointRight(2).longValueExact();
    }

    static String money(long cents) {
        return java.math.BigDecimal.valueOf(cents, 2).toPlainString();
    }

    static long pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
    }

    static Map<String, Integer> counted(Map<String, AtomicInteger> counters) {
        Map<String, Integer> plain = new TreeMap<>();
        counters.forEach((k, v) -> plain.put(k, v.get()));
        return plain;
    }

    static Map<String, String> pairs(String text) {
        Map<String, String> pairs = new TreeMap<>();
        if (text != null) {
            for (String pair : text.split(",")) {
                String[] kv = pair.split("=", 2);
                if (kv.length == 2) {
                    pairs.put(kv[0].trim(), kv[1].trim());
                }
            }
        }
        return pairs;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static String abbreviated(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
