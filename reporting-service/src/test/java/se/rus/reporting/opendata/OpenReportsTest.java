package se.rus.reporting.opendata;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.reporting.support.ContractEvents;
import se.rus.reporting.support.YearFixture;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The open endpoints without a token: approved versions only, the Atom feed, CORS, caching and the rate limit. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class OpenReportsTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    private static final String STEERING = RusTestInfrastructure.token("rus-steering");
    // an approval is dated between its year's start and today, so the approved year is a past one
    private static final int APPROVED = 2013;
    private static final int DRAFT = 2086;

    @ConfigProperty(name = "rus.open-data.rate-limit.requests")
    int rateLimit;

    @Test
    void approvedVersionsAreOpenAndADraftNeverIs() throws Exception {
        YearFixture approved = new YearFixture(APPROVED);
        YearFixture draft = new YearFixture(DRAFT);
        approved.all().forEach(ContractEvents.Sent::send);
        draft.all().forEach(ContractEvents.Sent::send);
        approved.awaitComplete(WORKING_GROUP);
        draft.awaitComplete(WORKING_GROUP);
        for (YearFixture fixture : List.of(approved, draft)) {
            given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(fixture.draft())
                    .when().put("/api/v1/reports/" + fixture.year + "/draft").then().statusCode(201);
        }
        approve(APPROVED);
        given().auth().oauth2(STEERING).contentType(ContentType.JSON).body(Map.of("reason", "Rättelse"))
                .when().post("/api/v1/reports/" + APPROVED + "/reopenings").then().statusCode(201);
        approve(APPROVED);

        // no token, any origin
        given().header("Origin", "https://dataportal.example").when().get("/api/v1/open/reports?size=200")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Cache-Control", containsString("max-age="))
                .body("items.find { it.year == " + APPROVED + " }.latestVersion", equalTo(2))
                .body("items.find { it.year == " + APPROVED + " }.versions.size()", equalTo(2))
                .body("items.find { it.year == " + APPROVED + " }.versions[0].links.pdf",
                        containsString("/api/v1/open/reports/" + APPROVED + "/versions/1?format=pdf"))
                .body("items.year", not(org.hamcrest.Matchers.hasItem(DRAFT)));
        Response latest = given().when().get("/api/v1/open/reports/" + APPROVED + "?format=json");
        assertEquals(200, latest.statusCode());
        assertEquals(2, latest.jsonPath().getInt("version"));
        String etag = latest.header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/open/reports/" + APPROVED + "?format=json")
                .then().statusCode(304);
        for (String format : List.of("markdown", "html", "pdf")) {
            given().when().get("/api/v1/open/reports/" + APPROVED + "/versions/1?format=" + format).then().statusCode(200);
        }
        given().accept("application/pdf").when().get("/api/v1/open/reports/" + APPROVED)
                .then().statusCode(200).contentType("application/pdf");

        // a draft, for any parameter, is not there
        for (String path : List.of("/api/v1/open/reports/" + DRAFT, "/api/v1/open/reports/" + DRAFT + "?format=pdf",
                "/api/v1/open/reports/" + DRAFT + "/versions/1", "/api/v1/open/reports/" + APPROVED + "/versions/3")) {
            given().when().get(path).then().statusCode(404).contentType("application/problem+json");
        }
        given().when().get("/api/v1/open/reports/1999").then().statusCode(400).body("errors[0].field", containsString("year"));
        given().when().get("/api/v1/open/reports/" + APPROVED + "?format=docx").then().statusCode(400);
        given().when().get("/api/v1/open/reports?size=0").then().statusCode(400).body("errors[0].field", containsString("size"));
        // the token-protected rest is still protected
        given().when().get("/api/v1/reports/" + APPROVED + "/approved").then().statusCode(401);

        // the feed: RFC 4287's required elements, an entry per approval and re-opening, links in every format
        Response feed = given().when().get("/api/v1/open/reports/feed");
        assertEquals(200, feed.statusCode());
        assertTrue(feed.contentType().startsWith("application/atom+xml"), feed.contentType());
        Document atom = parse(feed.asByteArray());
        Element root = atom.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        for (String required : List.of("id", "title", "updated")) {
            assertEquals(1, children(root, required).size(), "feed has one " + required);
        }
        assertFalse(children(root, "author").isEmpty(), "feed has an author (so its entries need none)");
        Instant.parse(children(root, "updated").get(0).getTextContent());
        assertTrue(links(root).containsKey("self") && links(root).containsKey("first") && links(root).containsKey("last"));
        List<Element> entries = children(root, "entry");
        List<String> titles = new ArrayList<>();
        for (Element entry : entries) {
            for (String required : List.of("id", "title", "updated")) {
                assertEquals(1, children(entry, required).size(), "entry has one " + required);
            }
            assertTrue(children(entry, "id").get(0).getTextContent().startsWith("urn:uuid:"));
            Instant.parse(children(entry, "updated").get(0).getTextContent());
            titles.add(children(entry, "title").get(0).getTextContent());
            List<String> types = children(entry, "link").stream().map(l -> l.getAttribute("type")).toList();
            assertTrue(types.containsAll(List.of("application/json", "text/markdown", "text/html", "application/pdf")), types.toString());
            assertFalse(entry.getTextContent().contains("Rättelse"), "no reason in open data");
            assertFalse(children(entry, "title").get(0).getTextContent().contains(String.valueOf(DRAFT)), "no draft in the feed");
        }
        assertTrue(titles.indexOf("Verksamhetsberättelse " + APPROVED + ", version 2 godkänd")
                < titles.indexOf("Verksamhetsberättelse " + APPROVED + " öppnad igen efter version 1"), titles.toString());
        assertTrue(titles.indexOf("Verksamhetsberättelse " + APPROVED + " öppnad igen efter version 1")
                < titles.indexOf("Verksamhetsberättelse " + APPROVED + ", version 1 godkänd"), titles.toString());
        String href = children(entries.get(0), "link").get(0).getAttribute("href");
        given().when().get(href.substring(href.indexOf("/api/"))).then().statusCode(200);

        String feedTag = feed.header("ETag");
        assertNotNull(feedTag);
        given().header("If-None-Match", feedTag).when().get("/api/v1/open/reports/feed").then().statusCode(304);
        given().when().get("/api/v1/open/reports/feed?page=999").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/open/reports/feed?page=-1").then().statusCode(400).body("errors[0].field", containsString("page"));
        given().when().get("/api/v1/open/reports/feed?page=x").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void aPreflightFromAnyOriginIsAnswered() {
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/open/reports/feed")
                .then().statusCode(204).header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", containsString("GET"));
        // a token path keeps the suite's CORS rule
        given().header("Origin", "https://elsewhere.example").when().get("/api/v1/reports")
                .then().header("Access-Control-Allow-Origin", not(equalTo("*")));
    }

    @Test
    void aClientOverItsRateIsToldToWait() {
        String client = "198.51.100." + (System.nanoTime() % 200 + 20);
        int ok = 0;
        Response refused = null;
        for (int i = 0; i <= rateLimit && refused == null; i++) {
            Response answer = given().header("X-Forwarded-For", client).when().get("/api/v1/open/reports?size=1");
            if (answer.statusCode() == 429) {
                refused = answer;
            } else {
                assertEquals(200, answer.statusCode());
                ok++;
            }
        }
        assertNotNull(refused, "refused after " + rateLimit + " requests");
        assertEquals(rateLimit, ok, "the configured allowance went through");
        assertEquals("application/problem+json", refused.contentType());
        assertEquals(429, refused.jsonPath().getInt("status"));
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1);
        assertEquals("*", refused.header("Access-Control-Allow-Origin"), "a browser can read why");
        // another client is not affected
        given().header("X-Forwarded-For", "203.0.113.9").when().get("/api/v1/open/reports?size=1").then().statusCode(200);
    }

    private static void approve(int year) {
        given().auth().oauth2(STEERING).contentType(ContentType.JSON).body(Map.of("approvedAt", year + 1 + "-02-05"))
                .when().post("/api/v1/reports/" + year + "/approvals").then().statusCode(201);
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && ATOM.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static Map<String, String> links(Element parent) {
        Map<String, String> links = new java.util.HashMap<>();
        children(parent, "link").forEach(link -> links.put(link.getAttribute("rel"), link.getAttribute("href")));
        return links;
    }
}
