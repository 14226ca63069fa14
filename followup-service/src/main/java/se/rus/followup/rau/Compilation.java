package se.rus.followup.rau;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.platform.csv.CsvDialect;
import se.rus.platform.csv.CsvWriter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
                          List<CountyEntry> counties, List<CountyRef> missingCounties,
                          @Schema(description = "Miljömålet har tagits bort ur omgången; länens inskickade underlag visas ändå") boolean outsideRound) {

    @Schema(name = "RauCompilationCounty")
    public record CountyEntry(@Schema(example = "21") String countyCode, @Schema(example = "Gävleborgs län") String countyName,
                              SubmissionStatus status, Assessment assessment, Trend trend, String summary,
                              String measures,
                              @Schema(description = "Inskickat efter omgångens sista dag") boolean late,
                              @Schema(description = "När underlaget senast skickades in") Instant submittedAt,
                              @Schema(description = "Utanför omgången: länet eller miljömålet togs bort efter att underlaget skickats in; räknas inte") boolean outsideRound) {
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
     *                        (none when the objective was removed from the round)
     * @param countyNames     code → name of every county, for submissions made before a correction of the round
     *                        left their county or objective outside it: they are listed, marked, and not counted
     */
    public static Compilation compile(int year, String objectiveCode, String objectiveName, boolean objectiveInRound,
                                      SortedMap<String, String> countiesInScope, Map<String, String> countyNames,
                                      List<Reported> submissions) {
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
            entries.add(entry(reported, name, false));
        });
        int reported = entries.size();
        submissions.stream()
                .filter(s -> counts(s.status()) && !countiesInScope.containsKey(s.countyCode()))
                .sorted(Comparator.comparing(Reported::countyCode))
                .forEach(s -> entries.add(entry(s, countyNames.get(s.countyCode()), true)));
        entries.sort(Comparator.comparing(CountyEntry::countyCode));
        return new Compilation(year, objectiveCode, objectiveName, countiesInScope.size(), reported,
                assessments, trends, List.copyOf(entries), List.copyOf(missing), !objectiveInRound);
    }

    private static CountyEntry entry(Reported reported, String countyName, boolean outsideRound) {
        return new CountyEntry(reported.countyCode(), countyName, reported.status(), reported.assessment(),
                reported.trend(), reported.summary(), reported.measures(), reported.late(), reported.submittedAt(),
                outsideRound);
    }

    /**
     * The CSV, one row per county in scope in code order; a missing county has status MISSING. The late columns
     * come last, so readers of the earlier seven columns by position keep working.
     */
    public byte[] toCsv(CsvDialect dialect) {
        List<Object[]> rows = new ArrayList<>();
        counties.forEach(c -> rows.add(new Object[]{c.countyCode(), c.countyName(), c.status(), c.assessment(),
                c.trend(), c.summary(), c.measures(), c.late(), c.submittedAt()}));
        missingCounties.forEach(m -> rows.add(new Object[]{m.code(), m.name(), "MISSING", null, null, null, null, null, null}));
        rows.sort((a, b) -> a[0].toString().compareTo(b[0].toString()));
        CsvWriter csv = new CsvWriter(dialect, List.of("countyCode", "countyName", "status", "assessment", "trend",
                "summary", "measures", "late", "submittedAt"));
        rows.forEach(csv::row);
        return csv.bytes();
    }
}
