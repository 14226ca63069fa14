package se.rus.followup.rau;

import org.junit.jupiter.api.Test;
import se.rus.platform.csv.CsvDialect;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompilationTest {

    private static TreeMap<String, String> counties() {
        TreeMap<String, String> counties = new TreeMap<>();
        counties.put("21", "Gävleborgs län");
        counties.put("01", "Stockholms län");
        counties.put("12", "Skåne län");
        counties.put("25", "Norrbottens län");
        return counties;
    }

    @Test
    void countsOnlySubmittedAndAcceptedFollowUpsAndListsTheRestAsMissing() {
        Compilation compilation = Compilation.compile(2024, "LEVANDE_SKOGAR", "Levande skogar", true, counties(), counties(), List.of(
                new Compilation.Reported("21", SubmissionStatus.ACCEPTED, Assessment.NO, Trend.NEUTRAL, "Nås inte.", "Skydd",
                        true, Instant.parse("2025-02-03T09:15:00Z")),
                new Compilation.Reported("01", SubmissionStatus.SUBMITTED, Assessment.NO, Trend.NEGATIVE, "Nej, \"tyvärr\"", null,
                        false, Instant.parse("2025-01-20T12:00:00Z")),
                new Compilation.Reported("12", SubmissionStatus.SUBMITTED, Assessment.CLOSE, Trend.NEUTRAL, "Nära", "a,b",
                        false, Instant.parse("2025-01-31T22:00:00Z")),
                new Compilation.Reported("25", SubmissionStatus.DRAFT, Assessment.YES, Trend.POSITIVE, "Utkast", null,
                        false, null)));

        assertEquals(4, compilation.expectedCounties());
        assertEquals(3, compilation.reportedCounties());
        assertEquals(0, compilation.assessmentCounts().get(Assessment.YES));
        assertEquals(1, compilation.assessmentCounts().get(Assessment.CLOSE));
        assertEquals(2, compilation.assessmentCounts().get(Assessment.NO));
        assertEquals(0, compilation.trendCounts().get(Trend.POSITIVE));
        assertEquals(2, compilation.trendCounts().get(Trend.NEUTRAL));
        assertEquals(1, compilation.trendCounts().get(Trend.NEGATIVE));
        assertEquals(0, compilation.trendCounts().get(Trend.UNCLEAR));
        assertEquals(List.of("01", "12", "21"), compilation.counties().stream().map(Compilation.CountyEntry::countyCode).toList());
        assertEquals(List.of(new Compilation.CountyRef("25", "Norrbottens län")), compilation.missingCounties());

        assertEquals(List.of(false, false, true), compilation.counties().stream().map(Compilation.CountyEntry::late).toList());
        assertEquals("countyCode,countyName,status,assessment,trend,summary,measures,late,submittedAt\r\n"
                + "01,Stockholms län,SUBMITTED,NO,NEGATIVE,\"Nej, \"\"tyvärr\"\"\",,false,2025-01-20T12:00:00Z\r\n"
                + "12,Skåne län,SUBMITTED,CLOSE,NEUTRAL,Nära,\"a,b\",false,2025-01-31T22:00:00Z\r\n"
                + "21,Gävleborgs län,ACCEPTED,NO,NEUTRAL,Nås inte.,Skydd,true,2025-02-03T09:15:00Z\r\n"
                + "25,Norrbottens län,MISSING,,,,,,\r\n",
                new String(compilation.toCsv(CsvDialect.RFC4180), StandardCharsets.UTF_8));
        assertEquals("\uFEFFcountyCode;countyName;status;assessment;trend;summary;measures;late;submittedAt\r\n"
                + "01;Stockholms län;SUBMITTED;NO;NEGATIVE;\"Nej, \"\"tyvärr\"\"\";;false;2025-01-20T12:00:00Z\r\n"
                + "12;Skåne län;SUBMITTED;CLOSE;NEUTRAL;Nära;a,b;false;2025-01-31T22:00:00Z\r\n"
                + "21;Gävleborgs län;ACCEPTED;NO;NEUTRAL;Nås inte.;Skydd;true;2025-02-03T09:15:00Z\r\n"
                + "25;Norrbottens län;MISSING;;;;;;\r\n",
                new String(compilation.toCsv(CsvDialect.EXCEL_SV), StandardCharsets.UTF_8));
    }

    @Test
    void theMatrixPageEscapesEveryTextAndShowsTrendAndStatus() {
        Completeness matrix = new Completeness(2024, LocalDate.of(2025, 1, 31), RoundStatus.CLOSED,
                List.of(new Completeness.ObjectiveRef("FRISK_LUFT", 2, "Frisk <luft>")),
                List.of(new Completeness.CountyRow("21", "Gävleborgs län", List.of(new Completeness.Cell("FRISK_LUFT",
                        true, UUID.randomUUID(), SubmissionStatus.RETURNED, Assessment.CLOSE, Trend.NEGATIVE,
                        "<script>alert('x')</script> & \"mer\"", true, Instant.parse("2025-02-03T09:15:00Z"))))),
                new Completeness.Totals(1, 0, 0, 1, 0, 0, 1));

        String html = CompletenessPage.render(matrix);

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;mer&quot;"), html);
        assertTrue(html.contains("Frisk &lt;luft&gt;"), html);
        assertTrue(html.contains("<td class=\"close\""), html);
        assertTrue(html.contains("<span class=\"trend\">↓</span><span class=\"status\">Returnerad</span><span class=\"late\">Sen</span>"), html);
        assertTrue(html.contains("Inskickad efter sista dag, 2025-02-03 10:15."), html);
        assertTrue(html.contains("Sista dag: 2025-01-31 · omgången är stängd"), html);
    }
}
