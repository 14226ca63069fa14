package se.rus.finance.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.rus.finance.year.FinanceEvents;
import se.rus.localstack.RusTestInfrastructure;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rus.finance.Events.data;
import static se.rus.finance.FinanceApi.COUNTY;
import static se.rus.finance.FinanceApi.NATURVARDSVERKET;
import static se.rus.finance.FinanceApi.STEERING;
import static se.rus.finance.FinanceApi.WORKING_GROUP;
import static se.rus.finance.FinanceApi.as;
import static se.rus.finance.FinanceApi.awaitEvent;
import static se.rus.finance.FinanceApi.definePost;
import static se.rus.finance.FinanceApi.entry;
import static se.rus.finance.FinanceApi.openYear;
import static se.rus.finance.FinanceApi.record;
import static se.rus.finance.FinanceApi.workingGroup;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class LedgerEntryResourceTest {

    private static final int YEAR = 2032;
    private static final String ENTRIES = "/api/v1/years/" + YEAR + "/ledger-entries";

    @Inject
    DataSource dataSource;

    private static String projects;
    private static String events;

    /** Once per class: RestAssured knows the test port only once a test method runs. */
    @BeforeEach
    void openTheYear() {
        if (projects != null) {
            return;
        }
        openYear(YEAR);
        projects = definePost(YEAR, "Projekt/insatser", "550000.00");
        events = definePost(YEAR, "Arrangemang", "200000.00");
    }

    private ValidatableResponse post(Map<String, Object> body) {
        return workingGroup().body(body).when().post(ENTRIES).then();
    }

    private Map<String, Object> valid() {
        return new HashMap<>(entry(projects, YEAR + "-06-30", "30000.00", "Omfördelning till projekt: hållbarhetsveckan"));
    }

    @Test
    void recordsAnEntryAndPublishesTheContractPayload() {
        Map<String, Object> body = valid();
        body.put("counterpart", "Västerbotten (hållbarhetsveckan)");
        body.put("category", "REALLOCATION_TO_COUNTY");
        body.put("activityId", "5f2b1c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
        body.put("externalRef", "2032-PRO-006");
        String id = post(body).statusCode(201)
                .header("Location", containsString(ENTRIES + "/"))
                .header("ETag", equalTo("\"1\""))
                .body("amount", equalTo("30000.00"))
                .body("postName", equalTo("Projekt/insatser"))
                .extract().path("id");

        JsonNode data = data(awaitEvent(YEAR, FinanceEvents.LEDGER_ENTRY_RECORDED, id),
                "id", "year", "postId", "postName", "entryDate", "amount", "text", "counterpart", "activityId", "category");
        assertEquals("30000.00", data.get("amount").asText());
        assertEquals(YEAR + "-06-30", data.get("entryDate").asText());
        assertEquals("Projekt/insatser", data.get("postName").asText());
        assertEquals(projects, data.get("postId").asText());
        assertEquals("REALLOCATION_TO_COUNTY", data.get("category").asText());
        assertEquals("Västerbotten (hållbarhetsveckan)", data.get("counterpart").asText());

        as(STEERING).when().get(ENTRIES + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("externalRef", equalTo("2032-PRO-006"));
        post(body).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyBooksOnce() {
        Map<String, Object> body = valid();
        body.put("text", "Webinarie förändringsledning (omförsök)");
        String first = workingGroup().header("Idempotency-Key", "betalning-4711").body(body).when().post(ENTRIES)
                .then().statusCode(201).extract().path("id");
        String again = workingGroup().header("Idempotency-Key", "betalning-4711").body(body).when().post(ENTRIES)
                .then().statusCode(201).header("Location", containsString(first)).header("ETag", equalTo("\"1\""))
                .body("amount", equalTo("30000.00")).extract().path("id");
        assertEquals(first, again);
        as(STEERING).when().get(ENTRIES + "?size=200").then()
                .body("items.findAll { it.text == 'Webinarie förändringsledning (omförsök)' }.size()", equalTo(1));
        body.put("amount", "30000.01");
        workingGroup().header("Idempotency-Key", "betalning-4711").body(body).when().post(ENTRIES)
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void concurrentEntriesWithOneExternalRefBookOnceAndTheRestConflict() throws Exception {
        Map<String, Object> body = valid();
        body.put("externalRef", "2032-RACE-001");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> workingGroup().body(body).when().post(ENTRIES).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void negativeCorrectionsAreNewEntries() {
        Map<String, Object> body = valid();
        body.put("amount", "-0.29");
        body.put("category", "CORRECTION");
        body.put("text", "Rättelse: öresavrundning");
        post(body).statusCode(201).body("amount", equalTo("-0.29"));
    }

    @Test
    void badInputIsA400NamingTheField() {
        Map<String, Object> threeDecimals = valid();
        threeDecimals.put("amount", "10.005");
        post(threeDecimals).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("amount"));

        for (String garbage : new String[]{"NaN", "Infinity", "tio kronor", "1,5"}) {
            Map<String, Object> body = valid();
            body.put("amount", garbage);
            post(body).statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("amount"));
        }
        workingGroup().body("{\"postId\":\"" + projects + "\",\"entryDate\":\"2032-01-01\",\"amount\":NaN,"
                        + "\"text\":\"x\",\"category\":\"DIRECT_SPEND\"}")
                .when().post(ENTRIES).then().statusCode(400).contentType("application/problem+json");

        Map<String, Object> overflow = valid();
        overflow.put("amount", "99999999999999.00");
        post(overflow).statusCode(400).body("errors[0].field", equalTo("amount"));

        Map<String, Object> outside = valid();
        outside.put("entryDate", "2031-12-31");
        post(outside).statusCode(400).body("errors[0].field", equalTo("entryDate"));

        Map<String, Object> badDate = valid();
        badDate.put("entryDate", "2032-02-30");
        post(badDate).statusCode(400).body("errors[0].field", equalTo("entryDate"));

        Map<String, Object> missingText = valid();
        missingText.remove("text");
        post(missingText).statusCode(400).body("errors[0].field", equalTo("text"));

        Map<String, Object> missingAmount = valid();
        missingAmount.remove("amount");
        post(missingAmount).statusCode(400).body("errors[0].field", equalTo("amount"));

        Map<String, Object> badCategory = valid();
        badCategory.put("category", "GIFT");
        post(badCategory).statusCode(400).body("errors[0].field", equalTo("category"));
    }

    @Test
    void unknownPostIsUnprocessableAndUnknownYearOrEntryNotFound() {
        Map<String, Object> body = valid();
        body.put("postId", "7d7c0c5e-0000-4000-8000-000000000000");
        post(body).statusCode(422).contentType("application/problem+json").body("detail", containsString("postId"));
        workingGroup().body(valid()).when().post("/api/v1/years/1997/ledger-entries").then().statusCode(404);
        workingGroup().when().get(ENTRIES + "/7d7c0c5e-0000-4000-8000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theLedgerIsAppendOnly() {
        String id = record(YEAR, valid());
        workingGroup().header("If-Match", "\"1\"").body(valid()).when().put(ENTRIES + "/" + id)
                .then().statusCode(405).contentType("application/problem+json").header("Allow", "GET");
        workingGroup().header("If-Match", "\"1\"").body(Map.of("amount", "1.00")).when().patch(ENTRIES + "/" + id)
                .then().statusCode(405).contentType("application/problem+json");
        workingGroup().header("If-Match", "\"1\"").when().delete(ENTRIES + "/" + id)
                .then().statusCode(405).contentType("application/problem+json");
        workingGroup().when().get(ENTRIES + "/" + id).then().statusCode(200).body("amount", equalTo("30000.00"));

        // the database itself refuses edits, whatever code path might try
        for (String sql : new String[]{"UPDATE ledger_entry SET amount = 1 WHERE id = ?::uuid",
                "DELETE FROM ledger_entry WHERE id = ?::uuid"}) {
            SQLException refused = assertThrows(SQLException.class, () -> {
                try (Connection connection = dataSource.getConnection();
                     PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setString(1, id);
                    statement.executeUpdate();
                }
            });
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
    }

    @Test
    void listsPagedAndFilteredAndExportsCsv() {
        openYear(2036);
        String salaries = definePost(2036, "Löner, resor m.m. RUS", "3700000.00");
        String other = definePost(2036, "Arrangemang", "200000.00");
        for (int month = 1; month <= 5; month++) {
            record(2036, entry(salaries, "2036-0" + month + "-15", month + "000.00", "Lön månad " + month));
        }
        Map<String, Object> county = new HashMap<>(entry(other, "2036-10-01", "63000.00", "Biologisk mångfald; näringsliv"));
        county.put("counterpart", "Jönköping (biologisk mångfald näringsliv)");
        county.put("category", "REALLOCATION_TO_COUNTY");
        record(2036, county);

        String list = "/api/v1/years/2036/ledger-entries";
        as(STEERING).when().get(list + "?page=0&size=4").then().statusCode(200)
                .body("items", hasSize(4)).body("totalItems", equalTo(6)).body("page", equalTo(0))
                .body("items.entryDate", contains("2036-01-15", "2036-02-15", "2036-03-15", "2036-04-15"));
        as(STEERING).when().get(list + "?page=1&size=4").then().statusCode(200)
                .body("items.entryDate", contains("2036-05-15", "2036-10-01"));
        as(STEERING).when().get(list + "?postId=" + salaries + "&from=2036-02-01&to=2036-04-30").then().statusCode(200)
                .body("items.amount", contains("2000.00", "3000.00", "4000.00")).body("totalItems", equalTo(3));
        as(STEERING).when().get(list + "?counterpart=jönköping").then().statusCode(200)
                .body("items.amount", contains("63000.00"));
        as(STEERING).when().get(list + "?category=REALLOCATION_TO_COUNTY").then().statusCode(200)
                .body("items", hasSize(1)).body("items.category", everyItem(equalTo("REALLOCATION_TO_COUNTY")));
        as(STEERING).when().get(list + "?postId=" + other + "&category=SALARIES").then().statusCode(200)
                .body("items", hasSize(0)).body("totalItems", equalTo(0));
        as(STEERING).when().get(list + "?from=igår").then().statusCode(400).body("errors[0].field", equalTo("from"));
        as(STEERING).when().get(list + "?postId=abc").then().statusCode(400).body("errors[0].field", equalTo("postId"));
        as(STEERING).when().get(list + "?size=500").then().statusCode(400).body("errors[0].field", equalTo("size"));

        byte[] csv = given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/years/2036/ledger.csv")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFDatum;Post;Belopp;Text;Motpart;Kategori;"), text);
        String[] lines = text.split("\r\n");
        assertEquals(7, lines.length, text);
        assertTrue(lines[1].startsWith("2036-01-15;Löner, resor m.m. RUS;1000,00;Lön månad 1;;DIRECT_SPEND;"), lines[1]);
        assertTrue(lines[6].startsWith("2036-10-01;Arrangemang;63000,00;\"Biologisk mångfald; näringsliv\";"
                + "Jönköping (biologisk mångfald näringsliv);REALLOCATION_TO_COUNTY;"), lines[6]);
        String filtered = given().auth().oauth2(WORKING_GROUP)
                .when().get("/api/v1/years/2036/ledger.csv?category=REALLOCATION_TO_COUNTY")
                .then().statusCode(200).extract().asString();
        assertEquals(2, filtered.split("\r\n").length, filtered);
        byte[] rfc4180 = given().auth().oauth2(WORKING_GROUP)
                .when().get("/api/v1/years/2036/ledger.csv?dialect=rfc4180")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asByteArray();
        String programs = new String(rfc4180, StandardCharsets.UTF_8);
        assertTrue(programs.startsWith("Datum,Post,Belopp,Text,Motpart,Kategori,"), programs);
        assertTrue(programs.split("\r\n")[1].startsWith("2036-01-15,\"Löner, resor m.m. RUS\",1000.00,Lön månad 1,,DIRECT_SPEND,"),
                programs);
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/years/2036/ledger.csv?dialect=excel")
                .then().statusCode(400).body("errors[0].field", equalTo("dialect"));
    }

    @Test
    void readsNeedATokenAndWritesTheWorkingGroup() {
        given().when().get(ENTRIES).then().statusCode(401).contentType("application/problem+json");
        as(COUNTY).body(valid()).when().post(ENTRIES).then().statusCode(403).contentType("application/problem+json");
        as(NATURVARDSVERKET).when().get(ENTRIES).then().statusCode(403).contentType("application/problem+json");
        as(STEERING).when().get(ENTRIES).then().statusCode(200).body("page", equalTo(0));
    }
}
