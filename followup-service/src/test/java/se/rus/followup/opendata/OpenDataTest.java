package se.rus.followup.opendata;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import se.rus.localstack.RusTestInfrastructure;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open data of followup-service through its API, without a token. Years 2087 and 2088 have closed rounds, 2089
 * an open one (no other test uses them); only accepted submissions of the closed rounds may ever show.
 */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class OpenDataTest {

    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    private static final String ASSESSMENTS = "/api/v1/open/rau/assessments";
    /** What may be published, in the published order: year, objective (official order), county. */
    private static final List<List<String>> PUBLISHED = List.of(
            List.of("2087", "FRISK_LUFT", "Frisk luft", "01", "Stockholms län", "YES", "Ja", "POSITIVE", "Positiv"),
            List.of("2087", "FRISK_LUFT", "Frisk luft", "12", "Skåne län", "CLOSE", "Nära", "NEUTRAL", "Neutral"),
            List.of("2087", "GIFTFRI_MILJO", "Giftfri miljö", "21", "Gävleborgs län", "NO", "Nej", "NEGATIVE", "Negativ"),
            List.of("2088", "FRISK_LUFT", "Frisk luft", "01", "Stockholms län", "CLOSE", "Nära", "UNCLEAR", "Oklar"),
            List.of("2088", "FRISK_LUFT", "Frisk luft", "21", "Gävleborgs län", "YES", "Ja", "POSITIVE", "Positiv"));
    /** year/county/objective of what must never show: returned, draft, submitted, accepted in an open round. */
    private static final Set<String> UNFINAL = Set.of("2087/21/FRISK_LUFT", "2087/01/GIFTFRI_MILJO",
            "2087/12/GIFTFRI_MILJO", "2089/01/FRISK_LUFT", "2089/12/FRISK_LUFT");
    private static boolean prepared;

    @ConfigProperty(name = "rus.open-data.rate-limit.requests")
    int rateLimit;

    @ConfigProperty(name = "rus.open-data.rate-limit.window")
    Duration rateWindow;

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static synchronized void prepare() {
        if (prepared) {
            return;
        }
        open(2087);
        accepted(2087, "01", "FRISK_LUFT", "YES", "POSITIVE");
        accepted(2087, "12", "FRISK_LUFT", "CLOSE", "NEUTRAL");
        accepted(2087, "21", "GIFTFRI_MILJO", "NO", "NEGATIVE");
        String returned = submitted(2087, "21", "FRISK_LUFT", "YES", "POSITIVE");
        as(WORKING_GROUP).body(Map.of("comment", "Komplettera med mätdata.")).when()
                .post("/api/v1/rau/2087/submissions/" + returned + "/return").then().statusCode(200);
        draft(2087, "01", "GIFTFRI_MILJO", "NO", "NEGATIVE");
        submitted(2087, "12", "GIFTFRI_MILJO", "NO", "NEGATIVE");
        close(2087);
        open(2088);
        accepted(2088, "01", "FRISK_LUFT", "CLOSE", "UNCLEAR");
        accepted(2088, "21", "FRISK_LUFT", "YES", "POSITIVE");
        close(2088);
        open(2089);
        accepted(2089, "01", "FRISK_LUFT", "NO", "NEGATIVE");
        submitted(2089, "12", "FRISK_LUFT", "NO", "NEGATIVE");
        prepared = true;
    }

    private static void open(int year) {
        as(WORKING_GROUP).body(Map.of("instructions", "Anvisningar för RÅU " + year + ".", "deadline", (year + 1) + "-01-31",
                        "countyCodes", List.of("01", "12", "21")))
                .when().post("/api/v1/rau/" + year + "/round").then().statusCode(201);
    }

    private static void close(int year) {
        String etag = given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/rau/" + year + "/round")
                .then().statusCode(200).extract().header("ETag");
        as(WORKING_GROUP).header("If-Match", etag).when().post("/api/v1/rau/" + year + "/round/close")
                .then().statusCode(200);
    }

    private static String draft(int year, String county, String objective, String assessment, String trend) {
        return as(RusTestInfrastructure.countyToken(county))
                .body(Map.of("countyCode", county, "objectiveCode", objective, "assessment", assessment, "trend", trend,
                        "summary", "Länets bedömning, \"preliminär\"; se bilaga.", "measures", "Åtgärdsprogram."))
                .when().post("/api/v1/rau/" + year + "/submissions").then().statusCode(201).extract().path("id");
    }

    private static String submitted(int year, String county, String objective, String assessment, String trend) {
        String id = draft(year, county, objective, assessment, trend);
        as(RusTestInfrastructure.countyToken(county)).when().post("/api/v1/rau/" + year + "/submissions/" + id + "/submit")
                .then().statusCode(200);
        return id;
    }

    private static void accepted(int year, String county, String objective, String assessment, String trend) {
        String id = submitted(year, county, objective, assessment, trend);
        as(WORKING_GROUP).when().post("/api/v1/rau/" + year + "/submissions/" + id + "/accept").then().statusCode(200);
    }

    private static List<CSVRecord> parse(String text, CSVFormat format) throws Exception {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            return parser.getRecords();
        }
    }

    private static List<List<String>> values(List<CSVRecord> records) {
        return records.stream().map(CSVRecord::toList).toList();
    }

    @Test
    void theAssessmentsOfClosedRoundsAreOpenAsRfc4180CsvWithoutAToken() throws Exception {
        prepare();
        byte[] body = given().accept("text/csv").queryParam("from", 2087).queryParam("to", 2089)
                .when().get(ASSESSMENTS)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
        assertFalse(body.length >= 3 && body[0] == (byte) 0xEF, "rfc4180 has no byte order mark");
        String text = new String(body, StandardCharsets.UTF_8);
        System.out.println("[open data] assessments 2087–2089 as CSV:\n" + text);
        List<CSVRecord> records = parse(text, CSVFormat.RFC4180);
        assertEquals(OpenDataResource.CSV_HEADER, records.get(0).toList());
        assertEquals(PUBLISHED, values(records.subList(1, records.size())));
        assertTrue(text.endsWith("\r\n") && text.split("\r\n").length == PUBLISHED.size() + 1, text);

        // the same file chosen by ?format= (a link cannot set Accept) and filtered
        String stockholm = given().queryParam("format", "csv").queryParam("county", "01").queryParam("from", 2087)
                .queryParam("to", 2088).when().get(ASSESSMENTS).then().statusCode(200).extract().asString();
        assertEquals(List.of(PUBLISHED.get(0), PUBLISHED.get(3)),
                values(parse(stockholm, CSVFormat.RFC4180.builder().setSkipHeaderRecord(true).setHeader().get())));

        // the spreadsheet dialect on request: BOM, semicolons, the same values
        byte[] excel = given().queryParam("format", "csv").queryParam("dialect", "excel-sv").queryParam("from", 2087)
                .queryParam("to", 2088).when().get(ASSESSMENTS).then().statusCode(200).extract().asByteArray();
        assertEquals((byte) 0xEF, excel[0]);
        String excelText = new String(excel, 3, excel.length - 3, StandardCharsets.UTF_8);
        assertTrue(excelText.startsWith("År;Miljömålskod;"), excelText);
        assertEquals(PUBLISHED, values(parse(excelText, CSVFormat.EXCEL.builder().setDelimiter(';')
                .setSkipHeaderRecord(true).setHeader().get())));
    }

    @Test
    void theAssessmentsAreOpenAsPagedJson() {
        prepare();
        JsonPath first = given().queryParam("from", 2087).queryParam("to", 2088).queryParam("size", 2)
                .when().get(ASSESSMENTS).then().statusCode(200).contentType(ContentType.JSON)
                .body("totalItems", equalTo(5)).body("page", equalTo(0)).body("size", equalTo(2))
                .extract().jsonPath();
        assertEquals(List.of("01", "12"), first.getList("items.countyCode"));
        assertEquals("Frisk luft", first.getString("items[0].objectiveName"));
        assertEquals("YES", first.getString("items[0].assessment"));
        assertEquals("Ja", first.getString("items[0].assessmentText"));
        assertEquals("Positiv", first.getString("items[0].trendText"));
        assertEquals(2, first.getInt("items[0].objectiveNumber"));
        given().queryParam("from", 2087).queryParam("to", 2088).queryParam("size", 2).queryParam("page", 2)
                .when().get(ASSESSMENTS).then().statusCode(200)
                .body("totalItems", equalTo(5)).body("items.countyCode", equalTo(List.of("21")))
                .body("items.year", equalTo(List.of(2088)));
        given().queryParam("objective", "GIFTFRI_MILJO").queryParam("from", 2087).queryParam("to", 2089)
                .when().get(ASSESSMENTS).then().statusCode(200)
                .body("items.countyCode", equalTo(List.of("21"))).body("items.trend", equalTo(List.of("NEGATIVE")));
    }

    @Test
    void nothingUnfinalAppearsInAnyOpenEndpointForAnyParameter() throws Exception {
        prepare();
        List<Map<String, Object>> queries = new ArrayList<>();
        queries.add(Map.of());
        for (String objective : List.of("FRISK_LUFT", "GIFTFRI_MILJO")) {
            queries.add(Map.of("objective", objective));
            for (String county : List.of("01", "12", "21")) {
                queries.add(Map.of("objective", objective, "county", county));
            }
        }
        for (int year = 2087; year <= 2089; year++) {
            queries.add(Map.of("from", year, "to", year));
            queries.add(Map.of("from", year));
            queries.add(Map.of("to", year, "county", "12"));
        }
        int published = 0;
        for (Map<String, Object> query : queries) {
            List<CSVRecord> csv = parse(given().queryParams(query).accept("text/csv").when().get(ASSESSMENTS)
                    .then().statusCode(200).extract().asString(), CSVFormat.RFC4180.builder().setHeader()
                    .setSkipHeaderRecord(true).get());
            for (CSVRecord row : csv) {
                String key = row.get("År") + "/" + row.get("Länskod") + "/" + row.get("Miljömålskod");
                assertFalse(UNFINAL.contains(key) || row.get("År").equals("2089"), query + " published " + key);
                published++;
            }
            int page = 0;
            JsonPath json;
            do {
                json = given().queryParams(query).queryParam("size", 200).queryParam("page", page++).when()
                        .get(ASSESSMENTS).then().statusCode(200).extract().jsonPath();
                List<Map<String, Object>> items = json.getList("items");
                for (Map<String, Object> item : items) {
                    String key = item.get("year") + "/" + item.get("countyCode") + "/" + item.get("objectiveCode");
                    assertFalse(UNFINAL.contains(key) || item.get("year").equals(2089), query + " published " + key);
                }
            } while (page * 200L < json.getLong("totalItems"));
        }
        assertTrue(published > 0, "the queries found the published rows at all");
        for (String objective : List.of("FRISK_LUFT", "GIFTFRI_MILJO")) {
            JsonPath matrix = given().when().get("/api/v1/open/rau/objectives/" + objective).then().statusCode(200)
                    .extract().jsonPath();
            List<Integer> years = matrix.getList("years", Integer.class);
            assertFalse(years.contains(2089), objective + " shows the open round: " + years);
            for (Map<String, Object> county : matrix.<Map<String, Object>>getList("counties")) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> cells = (List<Map<String, Object>>) county.get("cells");
                for (Map<String, Object> cell : cells) {
                    String key = cell.get("year") + "/" + county.get("countyCode") + "/" + objective;
                    assertFalse(UNFINAL.contains(key) && cell.get("assessment") != null, "matrix published " + key);
                }
            }
            String svg = given().accept("image/svg+xml").when().get("/api/v1/open/rau/objectives/" + objective)
                    .then().statusCode(200).extract().asString();
            assertFalse(svg.contains("2089"), svg);
        }
    }

    @Test
    void oneObjectiveAcrossTheYearsIsAMatrixAndAnAccessibleChart() throws Exception {
        prepare();
        JsonPath matrix = given().when().get("/api/v1/open/rau/objectives/FRISK_LUFT").then().statusCode(200)
                .contentType(ContentType.JSON).body("objectiveName", equalTo("Frisk luft"))
                .extract().jsonPath();
        List<Integer> years = matrix.getList("years", Integer.class);
        int y2087 = years.indexOf(2087);
        int y2088 = years.indexOf(2088);
        assertTrue(y2087 >= 0 && y2088 > y2087, years.toString());
        Map<String, Map<String, Object>> byCounty = new LinkedHashMap<>();
        for (Map<String, Object> county : matrix.<Map<String, Object>>getList("counties")) {
            byCounty.put((String) county.get("countyCode"), county);
        }
        assertEquals("Stockholms län", byCounty.get("01").get("countyName"));
        assertEquals(List.of("YES", "POSITIVE", "CLOSE", "UNCLEAR"), List.of(
                cell(byCounty, "01", y2087).get("assessment"), cell(byCounty, "01", y2087).get("trend"),
                cell(byCounty, "01", y2088).get("assessment"), cell(byCounty, "01", y2088).get("trend")));
        assertEquals("Nära", cell(byCounty, "12", y2087).get("assessmentText"));
        assertEquals(null, cell(byCounty, "12", y2088).get("assessment"), "Skåne has nothing published in 2088");
        assertEquals(null, cell(byCounty, "21", y2087).get("assessment"), "Gävleborg's 2087 was returned");
        given().when().get("/api/v1/open/rau/objectives/INGET_MAL").then().statusCode(404)
                .contentType("application/problem+json");

        String svg = given().queryParam("format", "svg").when().get("/api/v1/open/rau/objectives/FRISK_LUFT")
                .then().statusCode(200).contentType(startsWith("image/svg+xml")).extract().asString();
        Document chart = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = chart.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("img", root.getAttribute("role"));
        assertEquals("title desc", root.getAttribute("aria-labelledby"));
        String title = chart.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent();
        String desc = chart.getElementsByTagNameNS("http://www.w3.org/2000/svg", "desc").item(0).getTextContent();
        assertTrue(title.startsWith("Frisk luft: länens bedömningar"), title);
        assertTrue(desc.contains("Stockholms län:") && desc.contains("2087 ja, trend positiv"), desc);
        Matcher sizes = Pattern.compile("font-size:\\s*(\\d+)px").matcher(svg);
        int found = 0;
        while (sizes.find()) {
            assertTrue(Integer.parseInt(sizes.group(1)) >= 12, "text under 12 px: " + sizes.group());
            found++;
        }
        assertTrue(found > 0 && !svg.contains("font-size=\""), "every text size is declared in the style");
        assertTrue(svg.contains(">Ja ↗</text>") && svg.contains(">Nära ?</text>"), svg);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cell(Map<String, Map<String, Object>> byCounty, String county, int column) {
        return ((List<Map<String, Object>>) byCounty.get(county).get("cells")).get(column);
    }

    @Test
    void theCatalogueIsDcatJsonLdWhoseDistributionsServeWhatTheySay() throws Exception {
        String body = given().accept("application/ld+json").when().get("/api/v1/open/catalog")
                .then().statusCode(200).contentType(startsWith("application/ld+json")).extract().asString();
        JsonObject expandedCatalog = null;
        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(body))).get();
        Map<String, JsonObject> nodes = new LinkedHashMap<>();
        for (JsonValue value : expanded) {
            JsonObject node = value.asJsonObject();
            nodes.put(node.getString("@id"), node);
            if (types(node).contains(DCAT + "Catalog")) {
                expandedCatalog = node;
            }
        }
        assertNotNull(expandedCatalog, "a dcat:Catalog in " + body);
        for (String property : List.of(DCT + "title", DCT + "description", DCT + "publisher", DCT + "license", DCAT + "dataset")) {
            assertTrue(expandedCatalog.containsKey(property), "the catalogue has " + property);
        }
        JsonObject publisher = nodes.get(expandedCatalog.getJsonArray(DCT + "publisher").getJsonObject(0).getString("@id"));
        assertTrue(types(publisher).contains("http://xmlns.com/foaf/0.1/Agent"), publisher.toString());
        Set<String> mediaTypes = new HashSet<>();
        List<String> urls = new ArrayList<>();
        for (JsonValue ref : expandedCatalog.getJsonArray(DCAT + "dataset")) {
            JsonObject dataset = nodes.get(ref.asJsonObject().getString("@id"));
            assertNotNull(dataset, "the dataset " + ref + " is described in the graph");
            assertTrue(types(dataset).contains(DCAT + "Dataset"));
            for (String property : List.of(DCT + "title", DCT + "description", DCT + "publisher", DCAT + "contactPoint",
                    DCAT + "theme", DCAT + "distribution")) {
                assertTrue(dataset.containsKey(property), dataset.getString("@id") + " has " + property);
            }
            for (JsonValue d : dataset.getJsonArray(DCAT + "distribution")) {
                JsonObject distribution = d.asJsonObject();
                assertTrue(types(distribution).contains(DCAT + "Distribution"));
                String mediaType = distribution.getJsonArray(DCAT + "mediaType").getJsonObject(0).getString("@id");
                assertTrue(mediaType.startsWith("http://www.iana.org/assignments/media-types/"), mediaType);
                assertTrue(distribution.containsKey(DCT + "license") && distribution.containsKey(DCT + "format"));
                String url = distribution.getJsonArray(DCAT + "accessURL").getJsonObject(0).getString("@id");
                mediaTypes.add(mediaType.substring("http://www.iana.org/assignments/media-types/".length()));
                urls.add(url + " " + mediaType.substring("http://www.iana.org/assignments/media-types/".length()));
            }
        }
        assertTrue(mediaTypes.containsAll(List.of("text/csv", "application/json", "image/svg+xml", "application/atom+xml")),
                mediaTypes.toString());
        assertTrue(urls.contains("http://localhost:8084/api/v1/open/reports application/json"), urls.toString());
        assertTrue(urls.contains("http://localhost:8084/api/v1/open/reports/feed application/atom+xml"), urls.toString());
        // every distribution of this service answers, without a token, in the media type it is listed with
        for (String entry : urls) {
            URI url = URI.create(entry.substring(0, entry.indexOf(' ')));
            if (url.getPort() == 8084) {
                continue;
            }
            String served = given().when().get(url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()))
                    .then().statusCode(200).extract().contentType();
            assertTrue(served.startsWith(entry.substring(entry.indexOf(' ') + 1)), entry + " served as " + served);
        }
    }

    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String DCT = "http://purl.org/dc/terms/";

    private static List<String> types(JsonObject node) {
        return node.getJsonArray("@type").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void openDataNeedsNoTokenIsOpenToAnyOriginAndCached() {
        Response answer = given().header("Origin", "https://karta.example.org").accept("text/csv")
                .when().get(ASSESSMENTS + "?from=2087&to=2087");
        answer.then().statusCode(200).header("Access-Control-Allow-Origin", "*")
                .header("Cache-Control", equalTo("public, max-age=300")).header("Vary", equalTo("Accept"));
        String etag = answer.header("ETag");
        assertNotNull(etag);
        given().header("If-None-Match", etag).accept("text/csv").when().get(ASSESSMENTS + "?from=2087&to=2087")
                .then().statusCode(304).header("ETag", etag);
        String jsonTag = given().accept("application/json").when().get(ASSESSMENTS + "?from=2087&to=2087")
                .then().statusCode(200).extract().header("ETag");
        assertFalse(etag.equals(jsonTag), "each representation has its own tag");
        given().header("Origin", "https://karta.example.org").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .when().options("/api/v1/open/catalog")
                .then().statusCode(204).header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
        given().header("Origin", "https://karta.example.org").when().get("/api/v1/open/catalog")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "*");
        // read-only
        given().contentType(ContentType.JSON).body("{}").when().post(ASSESSMENTS).then().statusCode(405);
        // the rest of the API still needs a token and admits only the front end's origin
        given().when().get("/api/v1/rau/2087/compilation").then().statusCode(401);
        given().header("Origin", "https://karta.example.org").auth().oauth2(WORKING_GROUP)
                .when().get("/api/v1/rau/2087/compilation").then().statusCode(403);
    }

    @Test
    void eachClientIsLimitedWith429AndRetryAfter() throws Exception {
        // a plain HTTP client: the whole allowance is spent well within one window even on a busy machine
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String client = "203.0.113.41";
        long started = System.nanoTime();
        for (int i = 0; i < rateLimit; i++) {
            assertEquals(200, http.send(catalogRequest(client), HttpResponse.BodyHandlers.discarding()).statusCode(),
                    "request " + (i + 1) + " of " + rateLimit);
        }
        HttpResponse<String> refused = http.send(catalogRequest(client), HttpResponse.BodyHandlers.ofString());
        System.out.printf("[open data] %d requests of one client in %d ms, then %d%n", rateLimit,
                (System.nanoTime() - started) / 1_000_000, refused.statusCode());
        assertEquals(429, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        assertTrue(refused.body().contains("\"status\":429"), refused.body());
        int retryAfter = Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= rateWindow.toSeconds(), "Retry-After " + retryAfter);
        // another client is not limited by the first one's requests
        assertEquals(200, http.send(catalogRequest("203.0.113.42"), HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    private static HttpRequest catalogRequest(String forwardedFor) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/open/catalog"))
                .header("X-Forwarded-For", forwardedFor).GET().build();
    }

    @Test
    void badParametersAre400NamingThem() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("objective=INGET_MAL", "objective");
        cases.put("county=99", "county");
        cases.put("from=1999", "from");
        cases.put("to=2101", "to");
        cases.put("from=2089&to=2087", "from");
        cases.put("from=abc", "from");
        cases.put("to=2.5", "to");
        cases.put("format=xml", "format");
        cases.put("dialect=semikolon", "dialect");
        cases.put("size=0", "size");
        cases.forEach((query, field) -> given().when().get(ASSESSMENTS + "?" + query).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field)));
        given().when().get("/api/v1/open/rau/objectives/FRISK_LUFT?format=png").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }
}
