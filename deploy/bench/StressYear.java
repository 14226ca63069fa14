import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Enters a stress year into a running suite through the public APIs, as a client would:
 * 2 000 activities in 6 areas and 50 goals (plan import, then POSTs), 4 budget posts and 60 000 ledger entries
 * (finance imports of 1 000 entries each, well inside the 1 MiB body limit and the 60 s transaction timeout; entries are matched by externalRef,
 * so a second run adds nothing), a RÅU round of all 21 counties × 17 objectives with a submitted submission for every pair the
 * applicability table allows, and a small probe year (year + 3, a goal period of its own: one area, one activity, one post) that the lag probe writes to.
 * Prints, as shell assignments, the ids the benchmark reads: an activity, a ledger entry, a post of each year.
 * Run: java deploy/bench/StressYear.java PORT_BASE TOKEN YEAR
 */
public class StressYear {

    static final int AREAS = 6, ACTIVITIES = 2_000, GOALS = 50, ENTRIES = 60_000, CHUNK = 1_000, IMPORTED_PER_AREA = 200;
    static final String[] POSTS = {"Löner, resor m.m. RUS", "Arrangemang", "Projekt/insatser", "Övrigt"};
    static final String[] CATEGORIES = {"DIRECT_SPEND", "REALLOCATION_TO_COUNTY", "DIRECT_SPEND", "DIRECT_SPEND"};

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final int base;
    final String token;

    StressYear(int base, String token) {
        this.base = base;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        StressYear stress = new StressYear(Integer.parseInt(args[0]), args[1]);
        int year = Integer.parseInt(args[2]);
        long started = System.nanoTime();
        stress.plan(year, year, AREAS, ACTIVITIES, GOALS);
        stress.plan(year + 3, year + 3, 1, 1, 0);
        stress.finance(year, ENTRIES);
        stress.finance(year + 3, 0);
        stress.rau(year);
        System.err.printf(Locale.ROOT, "stress year %d entered in %.0f s%n", year, (System.nanoTime() - started) / 1e9);
        System.out.println("ACTIVITY_ID=" + stress.firstId(stress.base, "/api/v1/plans/" + year + "/activities?size=1"));
        System.out.println("ENTRY_ID=" + stress.firstId(stress.base + 1, "/api/v1/years/" + year + "/ledger-entries?size=1"));
        System.out.println("POST_ID=" + stress.firstId(stress.base + 1, "/api/v1/years/" + year + "/budget-posts?size=1"));
        System.out.println("PROBE_YEAR=" + (year + 3));
        System.out.println("PROBE_POST_ID=" + stress.firstId(stress.base + 1, "/api/v1/years/" + (year + 3) + "/budget-posts?size=1"));
    }

    /**
     * The plan import takes at most 200 activities per area (and removes what a document leaves out), so it brings
     * the first 200 of each area and the fine-grained POST the rest; a plan that has them all is left alone.
     */
    void plan(int year, int periodStart, int areas, int activities, int goals) throws Exception {
        if (total(base, "/api/v1/plans/" + year + "/activities?size=1") >= activities) {
            return;
        }
        StringBuilder doc = new StringBuilder();
        doc.append("{\"title\":\"RUS verksamhetsplan ").append(year).append(" (stresstest)\",\"vision\":\"Stresstest\",")
                .append("\"periodStart\":").append(periodStart).append(",\"periodEnd\":").append(periodStart + 2)
                .append(",\"status\":\"ADOPTED\",\"areas\":[");
        for (int a = 0; a < areas; a++) {
            doc.append(a == 0 ? "" : ",").append("{\"name\":\"Område ").append(a + 1).append("\",\"resourceNote\":null,\"activities\":[");
            for (int i = 0; i < Math.min(IMPORTED_PER_AREA, perArea(a, areas, activities)); i++) {
                doc.append(i == 0 ? "" : ",").append("{\"title\":\"").append(title(a, i))
                        .append("\",\"description\":[{\"kind\":\"PARAGRAPH\",\"text\":\"Beskrivning av aktiviteten.\"}],")
                        .append("\"plannedDays\":").append(1 + i % 20).append(",\"extraDays\":null,\"extraEffortNote\":null,")
                        .append("\"prioritised\":").append(i % 3 == 0).append(",\"developmentEffort\":\"NONE\",\"responsible\":[]}");
            }
            doc.append("]}");
        }
        doc.append("],\"goals\":[");
        for (int g = 0; g < goals; g++) {
            doc.append(g == 0 ? "" : ",").append("{\"areaName\":\"Område ").append(g % areas + 1)
                    .append("\",\"text\":\"Mål ").append(g + 1).append(" för perioden\"}");
        }
        doc.append("],\"organisation\":[]}");
        call("PUT", base, "/api/v1/plans/" + year + "/import", doc.toString(), 200);
        List<String> areaIds = ids(send("GET", base, "/api/v1/plans/" + year + "/areas?size=100", null).body());
        for (int a = 0; a < areas; a++) {
            for (int i = IMPORTED_PER_AREA; i < perArea(a, areas, activities); i++) {
                String activity = "{\"areaId\":\"" + areaIds.get(a) + "\",\"title\":\"" + title(a, i)
                        + "\",\"description\":[{\"kind\":\"PARAGRAPH\",\"text\":\"Beskrivning av aktiviteten.\"}],"
                        + "\"plannedDays\":" + (1 + i % 20) + ",\"prioritised\":" + (i % 3 == 0) + "}";
                call("POST", base, "/api/v1/plans/" + year + "/activities", activity, 201, 409);
            }
        }
    }

    static int perArea(int area, int areas, int activities) {
        return activities / areas + (area < activities % areas ? 1 : 0);
    }

    static String title(int area, int index) {
        return "Aktivitet " + (area + 1) + "." + (index + 1);
    }

    long total(int port, String path) throws Exception {
        Matcher matcher = Pattern.compile("\"totalItems\"\\s*:\\s*(\\d+)").matcher(send("GET", port, path, null).body());
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    /** The top-level ids of a page, in order (each item's own id comes first in its object). */
    static List<String> ids(String page) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = Pattern.compile("\\{\"id\":\"([0-9a-f-]{36})\"").matcher(page);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    void finance(int year, int entries) throws Exception {
        if (entries > 0 && total(base + 1, "/api/v1/years/" + year + "/ledger-entries?size=1") >= entries) {
            return;
        }
        int chunks = Math.max(1, (entries + CHUNK - 1) / CHUNK);
        for (int c = 0; c < chunks; c++) {
            StringBuilder doc = new StringBuilder("{\"appropriationName\":\"Anslag 1:2 Miljöövervakning\",")
                    .append("\"appropriation\":\"600000000.00\",\"keyDistributed\":\"1500000.00\",\"posts\":[");
            for (int p = 0; p < POSTS.length; p++) {
                doc.append(p == 0 ? "" : ",").append("{\"name\":\"").append(POSTS[p]).append("\",\"budget\":\"")
                        .append(100_000_000 + p).append(".00\",\"comment\":[],\"entries\":[");
                boolean first = true;
                for (int n = c * CHUNK; n < Math.min(entries, (c + 1) * CHUNK); n++) {
                    if (n % POSTS.length != p) {
                        continue;
                    }
                    doc.append(first ? "" : ",").append("{\"externalRef\":\"S-").append(n).append("\",\"entryDate\":\"")
                            .append(year).append('-').append(String.format("%02d-%02d", 1 + n % 12, 1 + n % 28))
                            .append("\",\"amount\":\"").append(100 + n % 9_000).append('.').append(String.format("%02d", n % 100))
                            .append("\",\"text\":\"Verifikation ").append(n).append("\",\"counterpart\":\"Län ")
                            .append(1 + n % 21).append("\",\"category\":\"").append(CATEGORIES[p]).append("\"}");
                    first = false;
                }
                doc.append("]}");
            }
            doc.append("],\"coFinancing\":[],\"outsideFunds\":[],\"deficitCoverage\":[],\"close\":false}");
            call("PUT", base + 1, "/api/v1/years/" + year + "/import", doc.toString(), 200);
        }
    }

    void rau(int year) throws Exception {
        List<String> objectives = all(codes(base + 2, "/api/v1/objectives"));
        List<String> counties = all(codes(base + 2, "/api/v1/counties"));
        String round = "{\"instructions\":\"Stresstest\",\"deadline\":\"" + (year + 1) + "-01-31\",\"objectiveCodes\":["
                + quoted(objectives) + "],\"countyCodes\":[" + quoted(counties) + "]}";
        if (call("POST", base + 2, "/api/v1/rau/" + year + "/round", round, 201, 409) == 409
                && total(base + 2, "/api/v1/rau/" + year + "/submissions?size=1") > 0) {
            return; // entered by an earlier run
        }
        // a submission for an objective the working group's table does not apply to the county is refused (422):
        // the benchmark leaves that reference data alone, so those pairs stay without a submission
        int submitted = 0;
        for (String county : counties) {
            for (String objective : objectives) {
                String body = "{\"countyCode\":\"" + county + "\",\"objectiveCode\":\"" + objective
                        + "\",\"assessment\":\"CLOSE\",\"trend\":\"POSITIVE\",\"summary\":\"Sammanfattning för län " + county
                        + "\",\"measures\":\"Åtgärder\"}";
                HttpResponse<String> created = send("POST", base + 2, "/api/v1/rau/" + year + "/submissions", body);
                if (created.statusCode() == 201) {
                    call("POST", base + 2, "/api/v1/rau/" + year + "/submissions/" + id(created.body()) + "/submit", null, 200);
                    submitted++;
                } else if (created.statusCode() != 409 && created.statusCode() != 422) {
                    throw new IllegalStateException("submission " + county + "/" + objective + " → " + created.statusCode()
                            + ": " + created.body());
                }
            }
        }
        System.err.println("RÅU " + year + ": " + counties.size() + " counties × " + objectives.size() + " objectives, "
                + submitted + " submissions submitted by this run");
    }

    List<String> codes(int port, String path) throws Exception {
        HttpResponse<String> response = send("GET", port, path, null);
        List<String> codes = new ArrayList<>();
        Matcher matcher = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    static List<String> all(List<String> codes) {
        if (codes.isEmpty()) {
            throw new IllegalStateException("no reference codes");
        }
        return codes;
    }

    static String quoted(List<String> codes) {
        return String.join(",", codes.stream().map(code -> "\"" + code + "\"").toList());
    }

    String firstId(int port, String path) throws Exception {
        return id(send("GET", port, path, null).body());
    }

    static String id(String json) {
        Matcher matcher = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return matcher.group(1);
    }

    int call(String method, int port, String path, String body, int... expected) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        while (true) {
            HttpResponse<String> response = send(method, port, path, body);
            for (int status : expected) {
                if (response.statusCode() == status) {
                    System.err.println(method + " " + path + " → " + status);
                    return status;
                }
            }
            // 422: a replica (followup's plan, reporting's) has not seen the planning events yet
            if (response.statusCode() != 422 || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + ": " + response.body());
            }
            Thread.sleep(500);
        }
    }

    HttpResponse<String> send(String method, int port, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(300)).header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
