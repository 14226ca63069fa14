package se.rus.reporting.report;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.reporting.support.ContractEvents;
import se.rus.reporting.support.PdfText;
import se.rus.reporting.support.YearFixture;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rus.reporting.support.ContractEvents.FINANCE;
import static se.rus.reporting.support.ContractEvents.FOLLOWUP;
import static se.rus.reporting.support.ContractEvents.PLANNING;
import static se.rus.reporting.support.ContractEvents.data;
import static se.rus.reporting.support.ContractEvents.paragraphs;

/**
 * Names, narratives and comments written with HTML, script tags, Markdown control characters and words longer
 * than a line are stored as written and come out as written: escaped in HTML, escaped in Markdown (read back
 * with a CommonMark parser, they format nothing and break no table) and as plain text in the PDF.
 */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class HostileTextTest {

    private static final int YEAR = 2067;
    private static final String REPORT = "/api/v1/reports/" + YEAR;
    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");

    private static final String SCRIPT = "<script>alert('RUS')</script>";
    private static final String HTML = "<b>fet</b> & <img src=x onerror=\"alert(1)\"> &amp; &lt;i&gt;";
    private static final String MARKDOWN = "**fet** __fet__ *kursiv* _kursiv_ `kod` [länk](https://evil.example) "
            + "![bild](x.png) ~~struken~~ a\\*b <https://evil.example> | cell | cell |";
    private static final String LONG_WORD = "Miljömålsuppföljningsindikatorsamordning".repeat(8);
    /** Each means something only at the start of a line. */
    private static final List<String> LINE_STARTS = List.of("> citat", "- punkt", "+ punkt", "* punkt", "# Rubrik",
            "1. numrerad", "2) numrerad", "---", "===", "| a | b |");

    private static final String TITLE = "RUS " + YEAR + " " + SCRIPT + " *inte kursiv*";
    private static final String AREA = "Stöd | <i>åtgärder</i> *x* #1 [y](z)";
    private static final String ACTIVITY = "Robusthet | `kod` " + SCRIPT;
    private static final String COMMENT = "Kommentar | med | pipes " + MARKDOWN;
    private static final String HIGHLIGHT = "- " + SCRIPT + " **inte fet**";

    @Test
    void hostileTextIsStoredVerbatimAndComesOutEscapedInEveryRendering() {
        YearFixture fixture = new YearFixture(YEAR);
        List<String> narrative = new ArrayList<>(List.of(HTML, SCRIPT, MARKDOWN, LONG_WORD, "Rad ett\n# rad två\n> rad tre"));
        narrative.addAll(LINE_STARTS);

        Map<String, Object> draft = data("title", TITLE,
                "introduction", paragraphs(narrative.toArray(String[]::new)),
                "mainActivities", paragraphs("RUS arbetar."), "highlights", List.of(HIGHLIGHT, LONG_WORD),
                "closingAssessment", paragraphs("Bedömningen är god."));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(draft)
                .when().put(REPORT + "/draft").then().statusCode(201);
        fixture.all().forEach(ContractEvents.Sent::send);
        hostileEvents(fixture, narrative).forEach(ContractEvents.Sent::send);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(WORKING_GROUP).when().get(REPORT)
                        .then().statusCode(200)
                        .body("title", equalTo(TITLE))
                        .body("highlights", equalTo(List.of(HIGHLIGHT, LONG_WORD)))
                        .body("introduction.text", equalTo(narrative))
                        .body("areas[1].name", equalTo(AREA))
                        .body("areas[1].activities.find { it.id == '" + fixture.resilience + "' }.title", equalTo(ACTIVITY))
                        .body("areas[1].activities.find { it.id == '" + fixture.resilience + "' }.narrative.text",
                                equalTo(narrative))
                        .body("economy.posts[2].comment[0].text", equalTo(COMMENT)));
        given().auth().oauth2(WORKING_GROUP).when().get(REPORT + "/draft")
                .then().statusCode(200).body("title", equalTo(TITLE)).body("introduction.text", equalTo(narrative));

        markdownFormatsNothing(given().auth().oauth2(WORKING_GROUP).when().get(REPORT + "?format=markdown")
                .then().statusCode(200).extract().asString(), narrative);
        htmlEscapesEverything(given().auth().oauth2(WORKING_GROUP).when().get(REPORT + "?format=html")
                .then().statusCode(200).extract().asString(), narrative);
        String pdf = PdfText.of(given().auth().oauth2(WORKING_GROUP).when().get(REPORT + "?format=pdf")
                .then().statusCode(200).extract().asByteArray());
        for (String text : List.of(TITLE, AREA, ACTIVITY, COMMENT, HIGHLIGHT, HTML, SCRIPT, MARKDOWN, LONG_WORD)) {
            assertTrue(pdf.contains(PdfText.squash(text)), () -> "the PDF shows as plain text: " + text);
        }
    }

    private static List<ContractEvents.Sent> hostileEvents(YearFixture fixture, List<String> narrative) {
        return List.of(
                ContractEvents.event(PLANNING, YEAR, "se.rus.planning.AreaChanged.v1", fixture.areaSupport, data(
                        "id", fixture.areaSupport, "planId", fixture.plan, "year", YEAR, "position", 2, "name", AREA,
                        "resourceNote", "I verksamhetsplanen tidsattes denna till 69 arbetsdagar.")),
                ContractEvents.event(PLANNING, YEAR, "se.rus.planning.ActivityChanged.v1", fixture.resilience, data(
                        "id", fixture.resilience, "planId", fixture.plan, "year", YEAR, "areaId", fixture.areaSupport,
                        "areaName", AREA, "position", 2, "title", ACTIVITY, "description", paragraphs("Insats."),
                        "plannedDays", 14, "extraDays", null, "extraEffortNote", null, "prioritised", false,
                        "developmentEffort", "FULL", "responsible", List.of())),
                ContractEvents.event(FOLLOWUP, YEAR, "se.rus.followup.OutcomeChanged.v1", fixture.resilience, data(
                        "id", UUID.nameUUIDFromBytes(fixture.resilience.toString().getBytes()), "year", YEAR,
                        "activityId", fixture.resilience, "status", "PARTLY_DONE",
                        "narrative", paragraphs(narrative.toArray(String[]::new)), "daysSpent", null)),
                ContractEvents.event(FINANCE, YEAR, "se.rus.finance.BudgetPostChanged.v1", fixture.other, data(
                        "id", fixture.other, "year", YEAR, "position", 3, "name", "Övrigt", "budget", "50000.00",
                        "comment", paragraphs(COMMENT))));
    }

    private static void markdownFormatsNothing(String markdown, List<String> narrative) {
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
        for (String paragraph : List.of(HTML, SCRIPT, MARKDOWN, LONG_WORD)) {
            assertTrue(html.contains("<p>" + commonMarkText(paragraph) + "</p>"),
                    () -> "a CommonMark reader shows as written: " + paragraph);
        }
        for (String line : LINE_STARTS) {
            assertTrue(html.contains("<p>" + commonMarkText(line) + "</p>"), () -> "no block starts with: " + line);
        }
        assertTrue(html.contains("<p>Rad ett\n# rad två\n&gt; rad tre</p>"), "lines inside a paragraph start nothing");
        assertTrue(html.contains("<h1>" + commonMarkText(TITLE) + "</h1>"), "the title is one plain heading");
        assertTrue(html.contains(">" + commonMarkText(AREA) + "</h3>"), "the area heading is plain");
        assertTrue(html.contains("<li>" + commonMarkText(HIGHLIGHT) + "</li>"), "a highlight is one plain item");
        assertTrue(html.contains(commonMarkText(ACTIVITY)), "the activity title is plain");
        for (String tag : List.of("<script", "<b>", "<i>", "<img", "<a ", "<code>", "<blockquote>", "<del>", "<hr", "<pre>",
                "<ol", "<h2>" + "Rubrik")) {
            assertFalse(html.contains(tag), () -> "nothing the text wrote became " + tag);
        }
        assertEquals(1, html.split("<em>", -1).length - 1, "the status line is the only emphasis");
        assertFalse(html.contains("<strong>fet") || html.contains("<strong>inte"), "no strong emphasis from the text");
        assertEquals(List.of(), brokenTableRows(markdown), "every table row has as many cells as its header");
    }

    /** Rows of a Markdown table whose count of unescaped pipes differs from the table's header row. */
    private static List<String> brokenTableRows(String markdown) {
        List<String> broken = new ArrayList<>();
        Integer header = null;
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("|")) {
                header = null;
                continue;
            }
            int pipes = 0;
            Matcher pipe = Pattern.compile("(?<!\\\\)\\|").matcher(line);
            while (pipe.find()) {
                pipes++;
            }
            if (header == null) {
                header = pipes;
            } else if (pipes != header) {
                broken.add(line);
            }
        }
        return broken;
    }

    private static void htmlEscapesEverything(String html, List<String> narrative) {
        for (String text : List.of(TITLE, AREA, ACTIVITY, COMMENT, HIGHLIGHT)) {
            assertTrue(html.contains(escapedHtml(text)), () -> "escaped in HTML: " + text);
        }
        for (String text : narrative) {
            assertTrue(html.contains("<p>" + escapedHtml(text) + "</p>"), () -> "an escaped paragraph: " + text);
        }
        assertFalse(html.contains(SCRIPT), "no script from the text runs");
        assertFalse(html.contains("<img"), "no image from the text loads");
        assertFalse(html.contains("<b>fet</b>"), "no markup from the text applies");
    }

    /** Text as a CommonMark HTML renderer writes it. */
    private static String commonMarkText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String escapedHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
