package se.rus.followup.rau;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The compilation of one objective across counties (målvis sammanställning) for the nationally
 * responsible authority. Only submitted and accepted follow-ups count as reported; a county in
 * scope without one is listed as missing.
 */
@Schema(name = "RauCompilation")
public record Compilation(int year, @Schema(example = "FRISK_LUFT") String objectiveCode,
                          @Schema(example = "Frisk luft") String objectiveName,
                          int expectedCounties, int reportedCounties,
                          Map<Assessment, Integer> assessmentCounts, Map<Trend, Integer> trendCounts,
                          List<CountyEntry> counties, List<CountyRef> missingCounties) {

    @Schema(name = "RauCompilationCounty")
    public record CountyEntry(@Schema(example = "21") String countyCode, @Schema(example = "Gävleborgs län") String countyName,
                              SubmissionStatus status, Assessment assessment, Trend trend, String summary,
                              String measures,
                              @Schema(description = "Inskickat efter omgångens sista dag") boolean late,
                              @Schema(description = "När underlaget senast skickades in") Instant submittedAt) {
    }

    @Schema(name = "RauCounty")
    public record CountyRef(@Schema(example = "21") String code, @Schema(example = "Gävleborgs län") String name) {
    }

    /** What the compilation needs of a submission. */
    public record Reported(String countyCode, SubmissionStatus status, Assessment assessment, Trend trend,
                           String summary, String measures, boolean late, Instant submittedAt) {
    }

    static boolean counts(SubmissionStatus status) {
        return status == SubmissionStatus.SUBMITTED || status == SubmissionStatus.ACCEPTED;
    }

    /**
     * @param countiesInScope code → name of the counties that follow up the objective this year, in code order
     */
    public static Compilation compile(int year, String objectiveCode, String objectiveName,
                                      SortedMap<String, String> countiesInScope, List<Reported> submissions) {
        Map<Assessment, Integer> assessments = new EnumMap<>(Assessment.class);
        for (Assessment a : Assessment.values()) {
            assessments.put(a, 0);
        }
        Map<Trend, Integer> trends = new EnumMap<>(Trend.class);
        for (Trend t : Trend.values()) {
            trends.put(t, 0);
        }
        List<CountyEntry> entries = new ArrayList<>();
        List<CountyRef> missing = new ArrayList<>();
        countiesInScope.forEach((code, name) -> {
            Reported reported = submissions.stream()
                    .filter(s -> s.countyCode().equals(code) && counts(s.status()))
                    .findFirst().orElse(null);
            if (reported == null) {
                missing.add(new CountyRef(code, name));
                return;
            }
            if (reported.assessment() != null) {
                assessments.merge(reported.assessment(), 1, Integer::sum);
            }
            if (reported.trend() != null) {
                trends.merge(reported.trend(), 1, Integer::sum);
            }
            entries.add(new CountyEntry(code, name, reported.status(), reported.assessment(), reported.trend(),
                    reported.summary(), reported.measures(), reported.late(), reported.submittedAt()));
        });
        return new Compilation(year, objectiveCode, objectiveName, countiesInScope.size(), entries.size(),
                assessments, trends, List.copyOf(entries), List.copyOf(missing));
    }

    /**
     * RFC 4180 CSV, one row per county in scope in code order; a missing county has status MISSING. The
     * late columns come last, so readers of the earlier seven columns by position keep working.
     */
    public String toCsv() {
        StringBuilder csv = new StringBuilder("countyCode,countyName,status,assessment,trend,summary,measures,late,submittedAt\r\n");
        List<Object[]> rows = new ArrayList<>();
        counties.forEach(c -> rows.add(new Object[]{c.countyCode(), c.countyName(), c.status(), c.assessment(),
                c.trend(), c.summary(), c.measures(), c.late(), c.submittedAt()}));
        missingCounties.forEach(m -> rows.add(new Object[]{m.code(), m.name(), "MISSING", null, null, null, null, null, null}));
        rows.sort((a, b) -> a[0].toString().compareTo(b[0].toString()));
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(csvField(row[i]));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
