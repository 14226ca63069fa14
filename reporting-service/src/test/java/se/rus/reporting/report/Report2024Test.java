package se.rus.reporting.report;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.reporting.model.Report;
import se.rus.reporting.support.ContractEvents;
import se.rus.reporting.support.Dataset2024;
import se.rus.reporting.support.ForReview;
import se.rus.reporting.support.PdfConformance;
import se.rus.reporting.support.PdfReading;
import se.rus.reporting.support.PdfText;
import se.rus.reporting.support.SeedText;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static se.rus.reporting.support.InOrder.assertInOrder;
import static se.rus.reporting.support.InOrder.assertInOrderIgnoringSpaces;
import static org.hamcrest.Matchers.nullValue;

/** The real 2024 report, from the dataset in deploy/data/2024 as its import would publish it. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class Report2024Test {

    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    private static final String STEERING = RusTestInfrastructure.token("rus-steering");
    private static final String NATURVARDSVERKET = RusTestInfrastructure.token("naturvardsverket");
    private static final String REPORT = "/api/v1/reports/2024";

    @Test
    void reproducesTheFiguresOfThe2024Report() throws Exception {
        Dataset2024 dataset = new Dataset2024();
        List<ContractEvents.Sent> planning = dataset.planning();
        dataset.followup().forEach(ContractEvents.Sent::send);
        dataset.finance().forEach(ContractEvents.Sent::send);
        planning.forEach(ContractEvents.Sent::send);
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(dataset.draft()).header("If-Match", "*")
                .when().put(REPORT + "/draft").then().statusCode(201);

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                given().auth().oauth2(WORKING_GROUP).when().get(REPORT)
                        .then().statusCode(200)
                        .body("areas.activities.flatten().findAll { it.status != null }", hasSize(27))
                        .body("goals.findAll { it.valuation != null }", hasSize(15))
                        .body("economy.totalOutcome", equalTo("4945601.42"))
                        .body("economy.deficitCoverage", hasSize(2)));

        given().auth().oauth2(WORKING_GROUP).when().get(REPORT)
                .then().statusCode(200)
                .body("title", equalTo("RUS verksamhetsberättelse 2024"))
                .body("areas.name", contains("Miljömålsuppföljning", "Stöd i åtgärdsarbetet", "Kommunikation och organisation"))
                .body("areas.collect { it.activities.size() }", contains(5, 17, 5))
                .body("areas.plannedDays", contains(247, 381, 167))
                .body("areas.activities.flatten().findAll { it.status == 'DONE_AS_PLANNED' }", hasSize(23))
                .body("areas.activities.flatten().findAll { it.status == 'PARTLY_DONE' }", hasSize(4))
                .body("areas.activities.flatten().findAll { it.prioritised }", hasSize(15))
                .body("economy.posts.budget", contains("3700000.00", "200000.00", "550000.00", "50000.00"))
                .body("economy.posts.outcome", contains("4259660.71", "234440.00", "451500.71", "0.00"))
                .body("economy.totalBudget", equalTo("4500000.00"))
                .body("totalPlannedDays", equalTo(795))
                .body("economy.result.kind", equalTo("DEFICIT"))
                .body("economy.result.amount", equalTo("445601.42"))
                .body("economy.resultAfterCoFinancing.kind", equalTo("DEFICIT"))
                .body("economy.resultAfterCoFinancing.amount", equalTo("225601.42"))
                // deprecated, and every JSON answer says until when (CHANGELOG.md)
                .header("Deprecation", equalTo("@1795996800"))
                .header("Sunset", equalTo("Tue, 01 Jun 2027 00:00:00 GMT"))
                .body("economy.deficit", equalTo("445601.42"))
                .body("economy.coFinancing[0].amount", equalTo("220000.00"))
                .body("economy.deficitAfterCoFinancing", equalTo("225601.42"))
                .body("economy.outsideFunds[0].amount", equalTo("21327.47"))
                .body("goals.collect { it.area }.countBy { it }.values()", contains(6, 7, 2));

        String markdown = given().auth().oauth2(WORKING_GROUP).when().get(REPORT + "?format=markdown")
                .then().statusCode(200).header("Deprecation", nullValue()).extract().asString();
        assertInOrder(markdown, "# RUS verksamhetsberättelse 2024", "*Utkast – inte godkänt*",
                "Exempel på prestationer:", "## Utfallet för aktiviteterna 2024", "### Miljömålsuppföljning",
                "- Miljömålsuppföljning - regional kontaktyta, samordning, stöd regionalt, PRIORITERAT",
                "Följande har delvis genomförts som planerat:\n\n- Indikatorutveckling",
                "| **Summa RUS** | **4\u00A0500\u00A0000,00** | **4\u00A0945\u00A0601,42** | **445\u00A0601,42** | Underskott 445\u00A0601,42\u00A0kr.",
                "### Medfinansiering", "| LEKS (klimat och energi) | 220\u00A0000,00 |",
                "Resultat efter medfinansiering: Underskott 225\u00A0601,42\u00A0kr.",
                "## Bilaga 1", "I verksamhetsplanen 2024 tidsattes denna till 247\u00A0arbetsdagar.",
                "RUS arbetsgrupps tid i VP: 21\u00A0dagar (samt 18\u00A0dagar utanför arbetsgruppen)", "## Bilaga 2",
                "samma värdering");
        assertFalse(markdown.contains("godkänd av"), "the draft states no approval");
        assertEquals(1, markdown.split("Exempel på prestationer:", -1).length - 1, "the lead-in is not repeated");
        assertEquals(1, markdown.split("tidsattes denna till 247\u00A0arbetsdagar", -1).length - 1, "an area's days are said once");
        assertFalse(markdown.contains("Därtill extra tid"), "the extra days are said once, in the plan's words");
        assertFalse(markdown.contains("samma värdering.) (För motsvarande mål"), "a comparison is said once per goal");
        ForReview.write("report-2024.md", markdown.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] pdf = given().auth().oauth2(WORKING_GROUP).when().get(REPORT + "?format=pdf")
                .then().statusCode(200).extract().asByteArray();
        ForReview.write("report-2024.pdf", pdf);
        ForReview.write("report-2024.html", given().auth().oauth2(WORKING_GROUP).when().get(REPORT + "?format=html")
                .then().statusCode(200).extract().asByteArray());
        assertInOrderIgnoringSpaces(PdfText.of(pdf), "RUS verksamhetsberättelse 2024", "Ekonomisk redovisning",
                "4 945 601,42", "Bilaga 1", "Bilaga 2");
        PdfConformance.assertConformant(pdf);
        // every money figure of the JSON is found in the PDF's text, as a reader would search for it
        Report json = given().auth().oauth2(WORKING_GROUP).when().get(REPORT + "?format=json")
                .then().statusCode(200).extract().as(Report.class);
        PdfReading.assertPublishable(pdf, json, "RUS verksamhetsberättelse 2024");
        given().auth().oauth2(WORKING_GROUP).when().get(REPORT + "/checks")
                .then().statusCode(200).body("errors", equalTo(0))
                .body("items.findAll { it.code == 'FLAG_WORDING_DIFFERS' }.subject",
                        contains("Miljömålsprocessen fokus länsstyrelseinstruktionen 6 §"))
                .body("items.find { it.code == 'FLAG_WORDING_DIFFERS' }.severity", equalTo("WARNING"));
        // the seed's contradiction stays visible: each wording where the seed has it
        assertInOrder(markdown,
                "- Miljömålsprocessen fokus länsstyrelseinstruktionen 6 §, Delvis särskild utvecklingsinsats, PRIORITERAT",
                "##### Miljömålsprocessen fokus länsstyrelseinstruktionen 6 § Särskild utvecklingsinsats, PRIORITERAT");

        // the seed's two names of one activity: the summary list's in the summary list, Bilaga 1's in Bilaga 1
        String summaryName = "Förvaltning och samverkan miljödata och informationsförsörjning";
        String bilaga1Name = "Förvaltning och samverkan miljödata och miljöinformationsförsörjning";
        assertInOrder(markdown, "## Utfallet för aktiviteterna 2024", "- Miljöövervakning, PRIORITERAT\n- " + summaryName + "\n",
                "## Bilaga 1", "##### " + bilaga1Name + "\n");
        assertEquals(1, markdown.split(summaryName, -1).length - 1, "the summary's name only in the summary list");
        assertFalse(markdown.contains("- " + bilaga1Name), "Bilaga 1's name is not in the summary list");
        String html = given().auth().oauth2(WORKING_GROUP).when().get(REPORT + "?format=html")
                .then().statusCode(200).extract().asString();
        assertInOrder(html, "<li>" + summaryName + "</li>", "Bilaga 1", ">" + bilaga1Name + "<");
        assertEquals(1, html.split(summaryName, -1).length - 1, "the summary's name only in the summary list");
        assertFalse(html.contains("<li>" + bilaga1Name + "</li>"), "Bilaga 1's name is not in the summary list");
        String pdfText = PdfText.of(pdf);
        assertInOrderIgnoringSpaces(pdfText, "Utfallet för aktiviteterna 2024", summaryName, "Bilaga 1", bilaga1Name);
        assertEquals(1, pdfText.split(PdfText.squash(summaryName), -1).length - 1,
                "the summary's name only in the summary list");

        approvedAsRecordedHoldsEverySentenceOfTheSeed();
    }

    /**
     * 2024 approved as it was (deploy/data/2024/approval.json) and pulled by Naturvårdsverket: every sentence of the
     * seed longer than 40 characters is in it, but for the committed exceptions, each with its reason.
     */
    private static void approvedAsRecordedHoldsEverySentenceOfTheSeed() throws java.io.IOException {
        given().auth().oauth2(STEERING).contentType(ContentType.JSON)
                .body(java.nio.file.Files.readString(java.nio.file.Path.of("../deploy/data/2024/approval.json")))
                .when().post(REPORT + "/approvals").then().statusCode(201);
        String approved = given().auth().oauth2(NATURVARDSVERKET).when().get(REPORT + "?format=markdown")
                .then().statusCode(200).extract().asString();
        ForReview.write("report-2024-approved.md", approved.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertInOrder(approved, "*Godkänd version 1 (2025-02-05)*", "Verksamhetsberättelsen är godkänd av RUS styrgrupp "
                + "vid mötet 2025-02-05 och i länsrådsutskott för miljö och energi genom kontaktlänsråd för miljömålen.");

        SeedText.Comparison seed = SeedText.compare(approved);
        java.util.Map<String, String> exceptions = SeedText.exceptions();
        List<String> lost = seed.missing().stream().filter(s -> !exceptions.containsKey(s)).toList();
        List<String> stale = exceptions.keySet().stream().filter(s -> !seed.missing().contains(s)).toList();
        System.out.printf("seed sentences over 40 characters: %d found / %d total / %d excepted%n",
                seed.found().size(), seed.sentences().size(), seed.missing().size());
        assertEquals(List.of(), lost, "sentences of the seed missing from the approved 2024 Markdown");
        assertEquals(List.of(), stale, "exceptions the report no longer needs (or that are not sentences of the seed)");
    }
}
