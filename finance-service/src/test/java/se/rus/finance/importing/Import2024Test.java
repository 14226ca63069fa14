package se.rus.finance.importing;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.rus.finance.Events;
import se.rus.finance.year.FinanceEvents;
import se.rus.localstack.RusTestInfrastructure;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rus.finance.FinanceApi.STEERING;
import static se.rus.finance.FinanceApi.WORKING_GROUP;
import static se.rus.finance.FinanceApi.as;
import static se.rus.finance.FinanceApi.awaitEvent;
import static se.rus.finance.FinanceApi.workingGroup;

/** The 2024 economic table, proven from its itemised entries (src/test/resources/finance-2024.json). */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class Import2024Test {

    private static final String IMPORT = "/api/v1/years/2024/import";

    @Inject
    DataSource dataSource;

    private static String fixture;

    /** Once per class: RestAssured knows the test port only once a test method runs. */
    @BeforeEach
    void importTheYear() throws IOException {
        if (fixture != null) {
            return;
        }
        fixture = resource("/finance-2024.json");
        workingGroup().body(fixture).when().put(IMPORT).then().statusCode(200)
                .body("yearOpened", equalTo(true))
                .body("postsDefined", equalTo(4))
                .body("entriesRecorded", equalTo(14))
                .body("coFinancingRecorded", equalTo(1))
                .body("outsideFundsNoted", equalTo(1))
                .body("deficitCoverageSet", equalTo(true))
                .body("closed", equalTo(false));
    }

    @Test
    void reproducesTheEconomicTableOf2024ToTheOre() {
        as(STEERING).when().get("/api/v1/years/2024/summary").then().statusCode(200)
                .body("appropriation", equalTo("6000000.00"))
                .body("keyDistributed", equalTo("1500000.00"))
                .body("rows.name", contains("Löner, resor m.m. RUS", "Arrangemang", "Projekt/insatser", "Övrigt"))
                .body("rows.budget", contains("3700000.00", "200000.00", "550000.00", "50000.00"))
                .body("rows.outcome", contains("4259660.71", "234440.00", "451500.71", "0.00"))
                .body("rows.difference", contains("559660.71", "34440.00", "-98499.29", "-50000.00"))
                .body("rows[2].comment[1].kind", equalTo("BULLETS"))
                .body("totalBudget", equalTo("4500000.00"))
                .body("totalOutcome", equalTo("4945601.42"))
                .body("result.kind", equalTo("DEFICIT"))
                .body("result.amount", equalTo("445601.42"))
                .body("result.keySet()", containsInAnyOrder("kind", "amount"))
                .body("coFinancing.total", equalTo("220000.00"))
                .body("coFinancing.items[0].source", equalTo("LEKS (klimat och energi)"))
                .body("resultAfterCoFinancing.kind", equalTo("DEFICIT"))
                .body("resultAfterCoFinancing.amount", equalTo("225601.42"))
                // deprecated, with their end date in every answer (CHANGELOG.md)
                .header("Deprecation", equalTo("@1796601600"))
                .header("Sunset", equalTo("Tue, 01 Jun 2027 00:00:00 GMT"))
                .body("deficit", equalTo("445601.42"))
                .body("surplus", equalTo("0.00"))
                .body("deficitAfterCoFinancing", equalTo("225601.42"))
                .body("surplusAfterCoFinancing", equalTo("0.00"))
                .body("outsideFunds[0].amount", equalTo("21327.47"))
                .body("deficitCoverage.coveredBy",
                        contains("Kvarvarande nyckelfördelade medel", "Länsstyrelsen Gävleborg"));
    }

    @Test
    void importingTheSameDocumentAgainChangesAndPublishesNothing() throws SQLException {
        long events = outboxEvents("2024");
        workingGroup().body(fixture).when().put(IMPORT).then().statusCode(200)
                .body("yearOpened", equalTo(false))
                .body("yearChanged", equalTo(false))
                .body("postsDefined", equalTo(0))
                .body("postsChanged", equalTo(0))
                .body("entriesRecorded", equalTo(0))
                .body("entriesUnchanged", equalTo(14))
                .body("coFinancingRecorded", equalTo(0))
                .body("outsideFundsNoted", equalTo(0))
                .body("deficitCoverageSet", equalTo(false));
        assertEquals(events, outboxEvents("2024"));
        as(STEERING).when().get("/api/v1/years/2024/ledger-entries?size=200").then().body("totalItems", equalTo(14));
    }

    @Test
    void aDocumentThatWouldEditTheLedgerIsRefusedAsAWhole() throws SQLException {
        long events = outboxEvents("2024");
        String edited = fixture.replace("\"94696.00\"", "\"94697.00\"")
                .replace("\"budget\": \"50000.00\"", "\"budget\": \"60000.00\"");
        workingGroup().body(edited).when().put(IMPORT).then().statusCode(409).contentType("application/problem+json");
        assertEquals(events, outboxEvents("2024"));
        as(STEERING).when().get("/api/v1/years/2024/summary").then().body("totalOutcome", equalTo("4945601.42"));
    }

    @Test
    void badDocumentsNameTheField() {
        workingGroup().body(fixture.replace("\"57371.00\"", "\"57371.001\"")).when().put(IMPORT)
                .then().statusCode(400).body("errors[0].field", equalTo("posts[0].entries[0].amount"));
        workingGroup().body(fixture.replace("\"2024-12-31\"", "\"2023-12-31\"")).when().put(IMPORT)
                .then().statusCode(400).body("errors[0].field", equalTo("posts[0].entries[0].entryDate"));
        workingGroup().body(fixture.replace("\"externalRef\": \"2024-ARR-002\"", "\"externalRef\": \"2024-ARR-001\""))
                .when().put(IMPORT).then().statusCode(400).body("errors[0].field", equalTo("posts[1].entries[1].externalRef"));
        workingGroup().body(fixture.replace("\"appropriation\": \"6000000.00\",", "")).when().put(IMPORT)
                .then().statusCode(400).body("errors[0].field", equalTo("appropriation"));
        as(STEERING).body(fixture).when().put(IMPORT).then().statusCode(403);
        given().contentType("application/json").body(fixture).when().put(IMPORT).then().statusCode(401);
    }

    @Test
    void publishesTheImportedEntriesKeyedByTheYear() {
        String id = as(STEERING).when().get("/api/v1/years/2024/ledger-entries?counterpart=Västerbotten")
                .then().statusCode(200).extract().path("items[0].id");
        var data = Events.data(awaitEvent(2024, FinanceEvents.LEDGER_ENTRY_RECORDED, id),
                "id", "year", "postId", "postName", "entryDate", "amount", "text", "counterpart", "activityId", "category");
        assertEquals("30000.00", data.get("amount").asText());
        assertEquals("Projekt/insatser", data.get("postName").asText());
        assertEquals("REALLOCATION_TO_COUNTY", data.get("category").asText());
    }

    @Test
    void closingThroughTheImportAcceptsOnlyTheSameDocumentAfterwards() {
        String doc = """
                {"appropriationName":"Anslag 1:2 Miljöövervakning","appropriation":"100.00","keyDistributed":"0.00",
                 "posts":[{"name":"Övrigt","budget":"10.00","comment":[{"kind":"PARAGRAPH","text":"I VP inkl. webb."}],
                   "entries":[{"externalRef":"2038-OVR-001","entryDate":"2038-03-01","amount":"12.50","text":"Webb",
                     "counterpart":null,"category":"DIRECT_SPEND"}]}],
                 "coFinancing":[],"outsideFunds":[],"deficitCoverage":[],"close":true}
                """;
        workingGroup().body(doc).when().put("/api/v1/years/2038/import").then().statusCode(200)
                .body("closed", equalTo(true)).body("entriesRecorded", equalTo(1));
        workingGroup().body(doc).when().put("/api/v1/years/2038/import").then().statusCode(200)
                .body("closed", equalTo(false)).body("entriesRecorded", equalTo(0));
        workingGroup().body(doc.replace("\"counterpart\":null,\"category\":\"DIRECT_SPEND\"}",
                        "\"counterpart\":null,\"category\":\"DIRECT_SPEND\"},{\"externalRef\":\"2038-OVR-002\","
                        + "\"entryDate\":\"2038-03-02\",\"amount\":\"1.00\",\"text\":\"Mer webb\",\"category\":\"DIRECT_SPEND\"}"))
                .when().put("/api/v1/years/2038/import").then().statusCode(409);
        as(STEERING).when().get("/api/v1/years/2038").then().body("status", equalTo("CLOSED"));
    }

    @Test
    void sieExportParsesBackToTheLedgerToTheOre() {
        byte[] file = given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/years/2024/sie")
                .then().statusCode(200).extract().asByteArray();
        String sie = new String(file, Charset.forName("IBM437"));
        List<String> lines = List.of(sie.split("\r\n"));
        assertEquals(List.of("#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4"), lines.subList(0, 3));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("#PROGRAM \"RUS finance-service\"")), sie);
        assertTrue(lines.stream().anyMatch(l -> l.matches("#GEN \\d{8}")), sie);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("#FNAMN \"")), sie);
        assertTrue(lines.contains("#RAR 0 20240101 20241231"), sie);
        assertTrue(lines.contains("#KONTO 7210 \"Löner, resor m.m. RUS\""), sie);
        assertTrue(indexOf(file, (byte) 0x94) > 0, "ö must be CP437 0x94");

        Pattern trans = Pattern.compile("#TRANS (\\d{4}) \\{\\} (-?\\d+\\.\\d{2}) .*");
        Map<String, BigDecimal> perAccount = new TreeMap<>();
        int verifications = 0;
        BigDecimal balance = null;
        for (String line : lines) {
            if (line.startsWith("#VER ")) {
                verifications++;
            } else if (line.equals("{")) {
                balance = BigDecimal.ZERO;
            } else if (line.equals("}")) {
                assertEquals(0, balance.signum(), "verification " + verifications + " balances");
            } else if (line.startsWith("#TRANS")) {
                Matcher matcher = trans.matcher(line);
                assertTrue(matcher.matches(), line);
                BigDecimal amount = new BigDecimal(matcher.group(2));
                balance = balance.add(amount);
                perAccount.merge(matcher.group(1), amount, BigDecimal::add);
            }
        }
        assertEquals(14, verifications);
        assertEquals(Map.of(
                "1930", new BigDecimal("-4945601.42"),
                "6550", new BigDecimal("451500.71"),
                "6590", new BigDecimal("234440.00"),
                "7210", new BigDecimal("4259660.71")), perAccount);
        Set<String> declared = lines.stream().filter(l -> l.startsWith("#KONTO "))
                .map(l -> l.substring(7, 11)).collect(Collectors.toSet());
        assertEquals(perAccount.keySet(), declared);
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private long outboxEvents(String key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*) FROM outbox_event WHERE message_key = ?")) {
            count.setString(1, key);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Import2024Test.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
