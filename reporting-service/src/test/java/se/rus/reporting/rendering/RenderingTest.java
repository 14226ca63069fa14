package se.rus.reporting.rendering;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import se.rus.platform.text.TextBlock;
import se.rus.reporting.assembly.SampleSnapshot;
import se.rus.reporting.model.Report;
import se.rus.reporting.model.ReportStatus;
import se.rus.reporting.support.ForReview;
import se.rus.reporting.support.InOrder;
import se.rus.reporting.support.PdfConformance;
import se.rus.reporting.support.PdfReading;
import se.rus.reporting.support.PdfText;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rus.reporting.support.InOrder.assertInOrder;

/** The renderers are plain functions of the report; these run without Quarkus. */
class RenderingTest {

    private static final Report REPORT = SampleSnapshot.year2024().assemble().report();

    @Test
    void markdownFollowsThe2024Report() {
        String md = MarkdownRenderer.render(REPORT);
        assertInOrder(md,
                "# RUS verksamhetsberättelse 2024",
                "*Utkast – inte godkänt*",
                "## Huvudsaklig verksamhet under året redovisad i årsredovisningen",
                "Exempel på prestationer:\n\n- Medarrangerat miljömålsdagarna i Luleå.",
                "Bedömningen är att RUS insatser bidragit till målen.",
                "## Utfallet för aktiviteterna 2024",
                "### Miljömålsuppföljning\n\nFöljande har genomförts som planerat:\n\n- Miljöövervakning, PRIORITERAT",
                "Följande har delvis genomförts som planerat:\n\n- Indikatorutveckling\n",
                "- Miljömålsprocessen fokus länsstyrelseinstruktionen 6 §, Delvis särskild utvecklingsinsats, PRIORITERAT",
                "- Robusthet, resiliens och beredskap, Särskild utvecklingsinsats",
                "### Planerad tid i VP\n\n| Område | Dagar i VP 2024 |\n| --- | ---: |\n| Miljömålsuppföljning | 154 |\n"
                        + "| Stöd i åtgärdsarbetet | 67,5 |\n| **Summa** | **221,5** |",
                "## Ekonomisk redovisning",
                "| 2024 | Budget, kr | Utfall, kr | Differens, kr | Kommentar |",
                "| Löner, resor m.m. RUS | 3\u00A0700\u00A0000,00 | 4\u00A0259\u00A0660,71 | 559\u00A0660,71 | Avser RUS arbetsgrupps löner. |",
                "| Övrigt | 50\u00A0000,00 | 0,00 | \u221250\u00A0000,00 |  |",
                "| **Summa RUS** | **4\u00A0500\u00A0000,00** | **4\u00A0945\u00A0601,42** | **445\u00A0601,42** | Underskott 445\u00A0601,42\u00A0kr. ",
                "### Medfinansiering\n\n| Källa | Belopp, kr | Avser |\n| --- | ---: | --- |\n"
                        + "| LEKS (klimat och energi) | 220\u00A0000,00 |  |\n| **Summa** | **220\u00A0000,00** |  |",
                "Resultat efter medfinansiering: Underskott 225\u00A0601,42\u00A0kr.",
                "Underskottet täcks av Länsstyrelsen Gävleborg: Resterande underskott.",
                "## Bilaga 1: Redovisning av vad som utförts inom samtliga aktiviteter i verksamhetsplanen",
                "### Miljömålsuppföljning\n\n#### Resursåtgång\n\nI verksamhetsplanen 2024 tidsattes denna till 154\u00A0arbetsdagar.",
                "##### Miljöövervakning PRIORITERAT\n\nRUS arbetsgrupps tid i VP: 119\u00A0dagar  \nHar genomförts som planerat.\n\n"
                        + "Ett förslag till aktivitetsplan har tagits fram.",
                "##### Robusthet, resiliens och beredskap Särskild utvecklingsinsats\n\nRUS arbetsgrupps tid i VP: 12,5\u00A0dagar  \n"
                        + "Har delvis genomförts som planerat.",
                "## Bilaga 2: Uppföljning av RUS treårs mål 2022-2024",
                "1 = Målet bedöms i hög grad vara uppnått.",
                "I uppföljningen nämns också värderingen för motsvarande mål för föregående period.",
                "### Miljömålsuppföljning\n\n- Regional årlig uppföljning är ändamålsenlig.  \n  Uppföljning: 1 (i hög grad uppnått). "
                        + "Arbete har skett kontinuerligt. (För motsvarande mål 2019–2021 samma värdering.)",
                "(För motsvarande mål 2019–2021 var värderingen 2, i tillräcklig grad uppnått.)",
                "### Stöd i åtgärdsarbetet",
                "(Detta mål fanns inte för perioden 2019–2021.)");
    }

    @Test
    void aSurplusYearSaysSurplusWithCoFinancingLastYearAndGoalsOfARunningPeriod() throws IOException {
        Report report = SampleSnapshot.year2031().assemble().report();
        String md = MarkdownRenderer.render(report);
        String html = HtmlRenderer.render(report);
        byte[] pdf = PdfRenderer.render(report);
        ForReview.write("report-2031.md", md.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ForReview.write("report-2031.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ForReview.write("report-2031.pdf", pdf);
        assertInOrder(md,
                "### Planerad tid i VP\n\n| Område | Dagar i VP 2031 | Dagar i VP 2030 |\n| --- | ---: | ---: |\n"
                        + "| Miljömålsuppföljning | 120 | 130 |\n| Klimatanpassning | 40 | – |\n| **Summa** | **160** | **130** |",
                "– = området fanns inte 2030.",
                "| 2031 | Budget, kr | Utfall, kr | Differens, kr | Budget 2030, kr | Utfall 2030, kr | Kommentar |",
                "| Löner, resor m.m. RUS | 3\u00A0800\u00A0000,00 | 3\u00A0688\u00A0000,00 | \u2212112\u00A0000,00 | "
                        + "3\u00A0700\u00A0000,00 | 3\u00A0750\u00A0000,50 | Löner. |",
                "| Klimatanpassning | 800\u00A0000,00 | 740\u00A0000,00 | \u221260\u00A0000,00 | – | – | Ny post 2031. |",
                "| **Summa RUS** | **4\u00A0600\u00A0000,00** | **4\u00A0428\u00A0000,00** | **\u2212172\u00A0000,00** | **3\u00A0700\u00A0000,00** | "
                        + "**3\u00A0750\u00A0000,50** | Överskott 172\u00A0000,00\u00A0kr.",
                "– = posten fanns inte 2030.",
                "### Medfinansiering",
                "| Region Norr | 150\u00A0000,00 | gemensamt seminarium |\n| Havs- och vattenmyndigheten | 100\u00A0000,00 | vattenplanering |\n"
                        + "| Boverket | 50\u00A0000,00 | fysisk planering |\n| **Summa** | **300\u00A0000,00** |  |",
                "Resultat efter medfinansiering: Överskott 472\u00A0000,00\u00A0kr.",
                "### Medel utanför redovisningen",
                "| FO vatten och miljömål | 30\u00A0000,00 | arbete i RUS |\n| **Summa** | **30\u00A0000,00** |  |",
                "I verksamhetsplanen 2031 tidsattes denna till 120\u00A0arbetsdagar (2030: 130\u00A0arbetsdagar).",
                "## Bilaga 2: Uppföljning av RUS treårs mål 2031-2033",
                "- Regional uppföljning är ändamålsenlig.  \n  Uppföljning: 1 (i hög grad uppnått; preliminär värdering för 2031, "
                        + "slutvärdering 2033). Arbete har skett kontinuerligt. "
                        + "(För motsvarande mål 2028–2030 var värderingen 2, i tillräcklig grad uppnått.)",
                "- Indikatorerna används.  \n  Uppföljning: Ej värderat ännu. Arbete har skett kontinuerligt. "
                        + "(För motsvarande mål 2028–2030 var värderingen 3, i mindre grad uppnått.)",
                "### Klimatanpassning\n\n- Klimatanpassningen samordnas.  \n  Uppföljning: Ej värderat ännu.");
        for (String rendering : List.of(md, html, PdfText.of(pdf))) {
            assertFalse(rendering.contains("Inget underskott"), "a surplus is not the absence of a deficit");
            assertFalse(rendering.contains("Underskott"), "no deficit wording in a surplus year");
            assertFalse(rendering.contains("täcks av"), "no coverage of a deficit that is not there");
        }
        assertInOrder(html, "Planerad tid i VP</h3>", "<th scope=\"row\">Klimatanpassning</th><td class=\"amount\">40</td>",
                "<th scope=\"col\" class=\"amount\">Differens, kr</th><th scope=\"col\" class=\"amount\">Budget 2030, kr</th>",
                "Överskott 172\u00A0000,00\u00A0kr.", "Medfinansiering</h3>", "<th scope=\"row\">Region Norr</th>",
                "<th scope=\"row\">Havs- och vattenmyndigheten</th>", "<th scope=\"row\">Boverket</th>", "Överskott 472\u00A0000,00\u00A0kr.",
                "Medel utanför redovisningen</h3>", "Ej värderat ännu");
        InOrder.assertInOrderIgnoringSpaces(PdfText.of(pdf), "Planerad tid i VP", "Summa", "160",
                "Ekonomisk redovisning", "\u2212112 000,00", "3 750 000,50", "4 428 000,00", "\u2212172 000,00", "Medfinansiering", "Region Norr", "Boverket", "300 000,00", "Resultat efter medfinansiering: Överskott 472 000,00 kr.",
                "Medel utanför redovisningen", "Bilaga 2", "Ej värderat ännu");
    }

    @Test
    void aFollowUpThatAlreadyComparesIsNotComparedAgain() {
        Report.Goal goal = new Report.Goal(null, "Miljömålsuppföljning", "Mål", 2022, 2024, 1, 2024, true, null, 1, true,
                List.of(TextBlock.paragraph("Arbete har skett. (För motsvarande mål 2019-2021 samma värdering.)")));
        assertEquals("", Wording.comparison(goal));
    }

    @Test
    void anApprovedVersionSaysSoAndADraftNever() {
        Report approved = REPORT.approved(3, LocalDate.parse("2025-02-05"),
                Wording.approvalSentence("RUS styrgrupp", LocalDate.parse("2025-02-05"), null));
        String markdown = MarkdownRenderer.render(approved);
        assertTrue(markdown.contains("*Godkänd version 3 (2025-02-05)*"), markdown);
        assertTrue(markdown.contains("Verksamhetsberättelsen är godkänd av RUS styrgrupp vid mötet 2025-02-05."), markdown);
        assertEquals(ReportStatus.APPROVED, approved.status());
        assertFalse(MarkdownRenderer.render(REPORT).contains("godkänd av"), "a draft never states an approval");
        assertFalse(HtmlRenderer.render(REPORT).contains("godkänd av"), "a draft never states an approval");
    }

    @Test
    void anApprovedVersionReadDuringARevisionSaysARevisionIsUnderWay() {
        Report approved = REPORT.approved(1, LocalDate.parse("2025-02-05"),
                Wording.approvalSentence("RUS styrgrupp", LocalDate.parse("2025-02-05"), "i länsrådsutskottet"));
        String markdown = MarkdownRenderer.render(approved.underRevision());
        assertTrue(markdown.contains("*Godkänd version 1 (2025-02-05) – en revidering pågår; detta är den senast godkända versionen*"),
                markdown);
        assertTrue(markdown.contains("godkänd av RUS styrgrupp vid mötet 2025-02-05 och i länsrådsutskottet."), markdown);
    }

    @Test
    void htmlIsEscapedPrintableAndHasThreeCharts() {
        String html = HtmlRenderer.render(REPORT);
        assertTrue(html.contains("Ett seminarium &lt;hölls&gt;."), "narratives are escaped");
        assertTrue(html.contains("@media print"));
        assertEquals(3, html.split("<svg", -1).length - 1);
        assertFalse(html.contains("<script"));
        assertInOrder(html, "Planerad tid i VP per område", "Ekonomisk redovisning</h2>", "Budget och utfall per post",
                "Bilaga 2", "Värdering av treårsmålen per område");
    }

    @Test
    void chartsScaleTheBarsToARoundAxis() {
        BarChart budget = Charts.budgetAndOutcome(REPORT).orElseThrow();
        assertEquals(List.of("Budget", "Utfall"), budget.series());
        assertEquals(4, budget.groups().size());
        String svg = SvgChart.render(budget, "budget");
        assertEquals(8 + 2, svg.split("<rect", -1).length - 1, "eight bars and two legend keys");
        assertTrue(svg.contains(">5\u00A0000\u00A0000\u00A0kr</text>") && svg.contains(">1\u00A0000\u00A0000\u00A0kr</text>"),
                "round ticks up to the first at or above the largest outcome");
        assertTrue(svg.contains("height=\"153\""), "4 259 660,71 of a 5 000 000 axis is 153 of 180 pixels");
        assertTrue(svg.contains("<title>4\u00A0259\u00A0660,71\u00A0kr</title>"), "each bar keeps its exact figure");
        String days = SvgChart.render(Charts.plannedDays(REPORT).orElseThrow(), "days");
        assertTrue(days.contains(">154</text>") && days.contains(">67,5</text>"), "days are written above their bars");
        BarChart valuations = Charts.valuations(REPORT).orElseThrow();
        assertEquals(new BigDecimal(2), valuations.groups().get(0).values().get(0));
        for (int series = 0; series < valuations.series().size(); series++) {
            int s = series;
            assertTrue(valuations.groups().stream().anyMatch(g -> g.values().get(s).signum() > 0),
                    () -> "the legend names only valuations a bar shows: " + valuations.series());
        }
    }

    @Test
    void everyPdfIsPdfUaAndPdfA() {
        PdfConformance.assertConformant(PdfRenderer.render(REPORT));
        PdfConformance.assertConformant(PdfRenderer.render(SampleSnapshot.year2031().assemble().report()));
    }

    @Test
    void thePdfIsADocumentAReaderCanNavigateAndSearch() {
        PdfReading.assertPublishable(PdfRenderer.render(REPORT), REPORT, "RUS verksamhetsberättelse 2024");
        Report other = SampleSnapshot.year2031().assemble().report();
        PdfReading.assertPublishable(PdfRenderer.render(other), other, "RUS verksamhetsberättelse 2031");
    }

    @Test
    void thePdfCanBeReadBack() throws IOException {
        byte[] pdf = PdfRenderer.render(REPORT);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("RUS verksamhetsberättelse 2024", document.getDocumentInformation().getTitle());
        }
        InOrder.assertInOrderIgnoringSpaces(PdfText.of(pdf), "RUS verksamhetsberättelse 2024",
                "Exempel på prestationer:",
                "Miljömålsprocessen fokus länsstyrelseinstruktionen 6 §, Delvis särskild utvecklingsinsats, PRIORITERAT",
                "Planerad tid i VP per område (dagar)", "Ekonomisk redovisning", "4 945 601,42",
                "Underskott 445 601,42 kr.", "Budget och utfall per post (kr)", "Bilaga 1",
                "RUS arbetsgrupps tid i VP: 12,5 dagar", "Har delvis genomförts som planerat.", "Bilaga 2",
                "Värdering av treårsmålen per område (antal mål)", "Uppföljning: 1 (i hög grad uppnått).",
                "samma värdering");
    }
}
