package se.rus.reporting.report;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.reporting.support.ContractEvents;
import se.rus.reporting.support.PdfText;
import se.rus.reporting.support.YearFixture;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rus.reporting.support.InOrder.assertInOrder;
import static se.rus.reporting.support.InOrder.assertInOrderIgnoringSpaces;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class ReportAssemblyTest {

    private static final int YEAR = 2049;
    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    private static final YearFixture FIXTURE = new YearFixture(YEAR);
    private static boolean sent;

    @BeforeAll
    static void publishTheYear() {
        if (sent) {
            return;
        }
        // the follow-up topic first, then finance, then planning: nothing assumes order across topics
        List<ContractEvents.Sent> followup = FIXTURE.followup();
        followup.forEach(ContractEvents.Sent::send);
        followup.get(0).send();
        List<ContractEvents.Sent> finance = FIXTURE.finance();
        finance.forEach(ContractEvents.Sent::send);
        finance.get(4).send();
        FIXTURE.planning().forEach(ContractEvents.Sent::send);
        sent = true;
    }

    private static void awaitComplete() {
        FIXTURE.awaitComplete(WORKING_GROUP);
    }

    private static void writeDraft() {
        String etag = given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/" + YEAR + "/draft")
                .then().extract().header("ETag");
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(FIXTURE.draft())
                .header("If-Match", etag == null ? "*" : etag)
                .when().put("/api/v1/reports/" + YEAR + "/draft").then().statusCode(etag == null ? 201 : 200);
    }

    @Test
    void assemblesTheReportFieldByField() {
        awaitComplete();
        writeDraft();
        given().auth().oauth2(WORKING_GROUP).accept(ContentType.JSON)
                .when().get("/api/v1/reports/" + YEAR)
                .then().statusCode(200)
                .header("ETag", startsWith("\"sha256-"))
                .body("year", equalTo(YEAR))
                .body("status", equalTo("DRAFT"))
                .body("version", nullValue())
                .body("approvedAt", nullValue())
                .body("title", equalTo("RUS verksamhetsberättelse " + YEAR))
                .body("highlights", contains("Medarrangerat miljömålsdagarna i Luleå."))
                .body("plan.status", equalTo("ADOPTED"))
                .body("areas.name", contains("Miljömålsuppföljning", "Stöd i åtgärdsarbetet"))
                .body("areas[0].plannedDays", equalTo(154))
                .body("areas[1].plannedDays", equalTo(69))
                .body("areas[0].resourceNote", containsString("154 arbetsdagar"))
                .body("areas[0].followUpNote[0].text", containsString("ungefär denna tid"))
                .body("areas[0].activities.title", contains(
                        "Miljömålsuppföljning - regional kontaktyta, samordning, stöd regionalt", "Indikatorutveckling"))
                .body("areas[0].activities[0].plannedDays", equalTo(119))
                .body("areas[0].activities[0].status", equalTo("DONE_AS_PLANNED"))
                .body("areas[0].activities[0].prioritised", equalTo(true))
                .body("areas[0].activities[0].developmentEffort", equalTo("NONE"))
                .body("areas[0].activities[0].narrative[0].text", containsString("målarbetsgrupp"))
                .body("areas[0].activities[1].status", equalTo("PARTLY_DONE"))
                .body("areas[1].activities[0].developmentEffort", equalTo("PARTIAL"))
                .body("areas[1].activities[1].developmentEffort", equalTo("FULL"))
                .body("economy.appropriation", equalTo("6000000.00"))
                .body("economy.posts.name", contains("Löner, resor m.m. RUS", "Arrangemang", "Övrigt"))
                .body("economy.posts[0].budget", equalTo("3700000.00"))
                .body("economy.posts[0].outcome", equalTo("4259660.71"))
                .body("economy.posts[0].comment[1].items[0]", containsString("tvådagarsmöte"))
                .body("economy.posts[1].outcome", equalTo("234440.00"))
                .body("economy.posts[2].outcome", equalTo("0.00"))
                .body("economy.totalBudget", equalTo("3950000.00"))
                .body("economy.totalOutcome", equalTo("4494100.71"))
                .body("totalPlannedDays", equalTo(223))
                .body("areas[0].previousPlannedDays", nullValue())
                .body("economy.posts[0].difference", equalTo("559660.71"))
                .body("economy.posts[0].previousBudget", nullValue())
                .body("economy.totalDifference", equalTo("544100.71"))
                .body("economy.result.kind", equalTo("DEFICIT"))
                .body("economy.result.amount", equalTo("544100.71"))
                .body("economy.result.text", equalTo("Underskott 544\u00A0100,71 kr"))
                .body("economy.totalCoFinancing", equalTo("220000.00"))
                .body("economy.resultAfterCoFinancing.amount", equalTo("324100.71"))
                .body("economy.totalOutsideFunds", equalTo("21327.47"))
                .body("economy.deficit", equalTo("544100.71"))
                .body("economy.coFinancing[0].source", equalTo("LEKS (klimat och energi)"))
                .body("economy.coFinancing[0].amount", equalTo("220000.00"))
                .body("economy.deficitAfterCoFinancing", equalTo("324100.71"))
                .body("economy.outsideFunds[0].amount", equalTo("21327.47"))
                .body("economy.deficitCoverage.coveredBy", contains("Kvarvarande nyckelfördelade medel", "Länsstyrelsen Gävleborg"))
                .body("goals", hasSize(3))
                .body("goals.area", contains("Miljömålsuppföljning", "Miljömålsuppföljning", "Stöd i åtgärdsarbetet"))
                .body("goals[0].valuation", equalTo(1))
                .body("goals[0].valuedYear", equalTo(YEAR))
                .body("goals[0].finalYear", equalTo(true))
                .body("goals[0].previousValuation", equalTo(1))
                .body("goals[1].valuation", equalTo(2))
                .body("goals[1].previousValuation", equalTo(3))
                .body("goals[2].previousGoalExisted", equalTo(false))
                .body("goals[2].followUp[0].text", equalTo("RUS har i hög grad bidragit."));
    }

    @Test
    void theSameEventTwiceCountsOnce() {
        awaitComplete();
        // the fixture sent one outcome and one ledger entry twice; the sum would otherwise be 4 261 660,71 + …
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/" + YEAR)
                .then().statusCode(200)
                .body("economy.posts[0].outcome", equalTo("4259660.71"))
                .body("areas[0].activities", hasSize(2));
    }

    @Test
    void aLaterEventInvalidatesTheCachedYear() {
        awaitComplete();
        YearFixture other = new YearFixture(YEAR);
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/" + YEAR)
                .then().body("economy.posts[2].outcome", equalTo("0.00"));
        other.entry(FIXTURE.other, "Övrigt", "1250.50", "DIRECT_SPEND").send();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/" + YEAR)
                        .then().body("economy.posts[2].outcome", equalTo("1250.50")));
        other.entry(FIXTURE.other, "Övrigt", "-1250.50", "CORRECTION").send();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/" + YEAR)
                        .then().body("economy.posts[2].outcome", equalTo("0.00")));
    }

    @Test
    void rendersMarkdownInTheOrderOfThe2024Report() {
        awaitComplete();
        writeDraft();
        String markdown = given().auth().oauth2(WORKING_GROUP).accept("text/markdown")
                .when().get("/api/v1/reports/" + YEAR)
                .then().statusCode(200).contentType(startsWith("text/markdown"))
                .extract().asString();
        assertInOrder(markdown,
                "# RUS verksamhetsberättelse " + YEAR,
                "## Huvudsaklig verksamhet under året redovisad i årsredovisningen",
                "Exempel på prestationer:",
                "## Utfallet för aktiviteterna " + YEAR,
                "### Miljömålsuppföljning",
                "Följande har genomförts som planerat:",
                "- Miljömålsuppföljning - regional kontaktyta, samordning, stöd regionalt, PRIORITERAT",
                "Följande har delvis genomförts som planerat:",
                "- Indikatorutveckling",
                "### Stöd i åtgärdsarbetet",
                "- Miljömålsprocessen fokus länsstyrelseinstruktionen 6 §, Delvis särskild utvecklingsinsats, PRIORITERAT",
                "- Robusthet, resiliens och beredskap, Särskild utvecklingsinsats",
                "## Ekonomisk redovisning",
                "| Löner, resor m.m. RUS | 3\u00A0700\u00A0000,00 | 4\u00A0259\u00A0660,71 |",
                "| **Summa RUS** | **3\u00A0950\u00A0000,00** | **4\u00A0494\u00A0100,71** | **544\u00A0100,71** | Underskott 544\u00A0100,71\u00A0kr.",
                "### Medfinansiering",
                "| LEKS (klimat och energi) | 220\u00A0000,00 | länstransportplanering och samhällsplanering |",
                "Resultat efter medfinansiering: Underskott 324\u00A0100,71\u00A0kr.",
                "Underskottet täcks av Kvarvarande nyckelfördelade medel: knappt 200\u00A0000\u00A0kr.",
                "### Medel utanför redovisningen",
                "| FO vatten och miljömål | 21\u00A0327,47 | arbete i RUS |",
                "## Bilaga 1: Redovisning av vad som utförts inom samtliga aktiviteter i verksamhetsplanen",
                "##### Miljömålsuppföljning - regional kontaktyta, samordning, stöd regionalt PRIORITERAT",
                "RUS arbetsgrupps tid i VP: 119\u00A0dagar",
                "Har genomförts som planerat.",
                "##### Indikatorutveckling",
                "Har delvis genomförts som planerat.",
                "## Bilaga 2: Uppföljning av RUS treårs mål " + (YEAR - 2) + "-" + YEAR,
                "1 = Målet bedöms i hög grad vara uppnått.",
                "- Regional årlig uppföljning är ändamålsenlig och effektiv.",
                "Uppföljning: 1 (i hög grad uppnått).",
                "samma värdering",
                "Uppföljning: 2 (i tillräcklig grad uppnått).",
                "var värderingen 3, i mindre grad uppnått",
                "(Detta mål fanns inte för perioden " + (YEAR - 5) + "–" + (YEAR - 3) + ".)");
    }

    @Test
    void rendersHtmlWithServerSideCharts() {
        awaitComplete();
        String html = given().auth().oauth2(WORKING_GROUP)
                .when().get("/api/v1/reports/" + YEAR + "?format=html")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .extract().asString();
        assertInOrder(html, "<html lang=\"sv\">", "Utfallet för aktiviteterna " + YEAR,
                "Planerad tid i VP per område", "Ekonomisk redovisning</h2>", "4\u00A0259\u00A0660,71",
                "Budget och utfall per post", "Bilaga 1", "Bilaga 2", "Värdering av treårsmålen per område");
        assertTrue(html.contains("<svg"), "charts are inline SVG");
        assertTrue(!html.contains("<script"), "no JavaScript");
    }

    @Test
    void rendersAPdfWhoseTextCanBeReadBack() throws IOException {
        awaitComplete();
        writeDraft();
        byte[] pdf = given().auth().oauth2(WORKING_GROUP).accept("application/pdf")
                .when().get("/api/v1/reports/" + YEAR)
                .then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 3, "front, appendix 1 and appendix 2 start on their own pages");
        }
        String text = PdfText.of(pdf);
        assertInOrderIgnoringSpaces(text,
                "RUS verksamhetsberättelse " + YEAR,
                "Utfallet för aktiviteterna " + YEAR,
                "Följande har delvis genomförts som planerat:",
                "Ekonomisk redovisning",
                "4 259 660,71",
                "Summa RUS",
                "Bilaga 1",
                "RUS arbetsgrupps tid i VP: 119 dagar",
                "Bilaga 2",
                "samma värdering");
        // the charts are drawn as form XObjects; their text is extracted apart from the flowing text
        for (String chart : List.of("Planerad tid i VP per område (dagar)", "Budget och utfall per post (kr)",
                "Värdering av treårsmålen per område")) {
            assertTrue(text.contains(PdfText.squash(chart)), chart);
        }
    }

    @Test
    void theChecksOfACompleteYearHaveNoErrors() {
        awaitComplete();
        writeDraft();
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/" + YEAR + "/checks")
                .then().statusCode(200)
                .body("errors", equalTo(0))
                .body("approvable", equalTo(true))
                .body("items", hasSize(0));
    }

    @Test
    void rejectsAnUnknownFormatNamingTheField() {
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/" + YEAR + "?format=docx")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"));
    }

    @Test
    void answers304WhenTheDraftIsUnchanged() {
        awaitComplete();
        String etag = given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/" + YEAR)
                .then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
        given().auth().oauth2(WORKING_GROUP).header("If-None-Match", etag).when().get("/api/v1/reports/" + YEAR)
                .then().statusCode(304);
    }
}
