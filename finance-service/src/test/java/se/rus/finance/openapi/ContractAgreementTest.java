package se.rus.finance.openapi;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rus.finance.FinanceApi.STEERING;
import static se.rus.finance.FinanceApi.as;
import static se.rus.finance.FinanceApi.definePost;
import static se.rus.finance.FinanceApi.entry;
import static se.rus.finance.FinanceApi.openYear;
import static se.rus.finance.FinanceApi.workingGroup;

/**
 * The OpenAPI document and the running service agree: every enum value the contract lists is accepted through
 * a real request, the amount pattern admits the corrections the service books, and what the service refuses
 * is told in Swedish with the field named and no Java or parser internals.
 */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class ContractAgreementTest {

    private static final int YEAR = 2051;
    private static final int MISSING_YEAR = 2099;
    private static final String ENTRIES = "/api/v1/years/" + YEAR + "/ledger-entries";
    private static final String SIGNED_AMOUNT = "^-?\\d{1,13}([.]\\d{1,2})?$";

    private static String post;

    @BeforeEach
    void openTheYear() {
        if (post == null) {
            openYear(YEAR);
            post = definePost(YEAR, "Projekt/insatser", "550000.00");
        }
    }

    private static JsonPath contract() {
        return given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> entryOf(String category, String amount) {
        Map<String, Object> entry = new HashMap<>(entry(post, YEAR + "-05-20", amount, "Rättelse av felbokning"));
        entry.put("category", category);
        return entry;
    }

    @Test
    void theAmountPatternsAdmitTheNegativeCorrectionsTheServiceBooks() {
        JsonPath contract = contract();
        assertEquals(SIGNED_AMOUNT, contract.getString("components.schemas.NewLedgerEntry.properties.amount.pattern"));
        assertEquals(SIGNED_AMOUNT, contract.getString("components.schemas.FinanceImportEntry.properties.amount.pattern"));
        // the non-negative money fields keep the unsigned pattern their @DecimalMin("0.00") matches
        assertEquals("^\\d{1,13}([.]\\d{1,2})?$", contract.getString("components.schemas.BudgetPostInput.properties.budget.pattern"));

        workingGroup().body(entryOf("CORRECTION", "-1250.50")).when().post(ENTRIES)
                .then().statusCode(201).body("amount", equalTo("-1250.50"));
        // what the pattern refuses, the service refuses too
        for (String amount : List.of("1e3", "+5.00", "12.345", "12,50", " 5")) {
            workingGroup().body(entryOf("CORRECTION", amount)).when().post(ENTRIES)
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("amount"));
        }
    }

    @Test
    void everyEnumValueOfTheContractIsAcceptedByARealRequest() {
        JsonPath contract = contract();
        Map<String, Object> schemas = contract.getMap("components.schemas");
        Set<String> enums = new TreeSet<>();
        schemas.forEach((name, schema) -> {
            if (schema instanceof Map<?, ?> map && map.containsKey("enum")) {
                enums.add(name);
            }
        });
        // a new enum in the contract must be exercised here before this test passes
        assertEquals(Set.of("EconomicResultKind", "EntryCategory", "TextBlockKind", "YearStatus"), enums);
        // the summary's result is answered, never sent: its kinds are the ones the summary words
        assertEquals(List.of("DEFICIT", "SURPLUS", "BALANCED"), contract.getList("components.schemas.EconomicResultKind.enum"));

        List<String> categories = contract.getList("components.schemas.EntryCategory.enum");
        assertEquals(List.of("DIRECT_SPEND", "REALLOCATION_TO_COUNTY", "SALARIES", "CORRECTION", "RESIDUAL"), categories);
        for (String category : categories) {
            workingGroup().body(entryOf(category, "100.00")).when().post(ENTRIES)
                    .then().statusCode(201).body("category", equalTo(category));
            as(STEERING).queryParam("category", category).when().get(ENTRIES)
                    .then().statusCode(200).body("items.category.unique()", equalTo(List.of(category)));
        }

        for (String kind : contract.<String>getList("components.schemas.TextBlockKind.enum")) {
            Map<String, Object> block = kind.equals("BULLETS")
                    ? Map.of("kind", kind, "items", List.of("Hållbarhetsveckan", "Miljömålsdagarna"))
                    : Map.of("kind", kind, "text", "Avser projekt som länen driver.");
            workingGroup().body(Map.of("name", "Kommentar " + kind, "budget", "1000.00", "comment", List.of(block)))
                    .when().post("/api/v1/years/" + YEAR + "/budget-posts")
                    .then().statusCode(201).body("comment[0].kind", equalTo(kind));
        }

        // YearStatus is only answered, never sent: both values occur
        List<String> statuses = contract.getList("components.schemas.YearStatus.enum");
        assertEquals(List.of("OPEN", "CLOSED"), statuses);
        int closing = YEAR + 1;
        openYear(closing);
        String etag = as(STEERING).when().get("/api/v1/years/" + closing).then().statusCode(200)
                .body("status", equalTo("OPEN")).extract().header("ETag");
        workingGroup().header("If-Match", etag).when().post("/api/v1/years/" + closing + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void anUnknownEnumValueIsA400NamingTheFieldAndTheAcceptedValues() {
        String body = workingGroup().body(entryOf("OTHER", "100.00")).when().post(ENTRIES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Felaktig JSON"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("category"))
                .body("errors[0].message", equalTo("\"OTHER\" är inget tillåtet värde; tillåtna värden: "
                        + "DIRECT_SPEND, REALLOCATION_TO_COUNTY, SALARIES, CORRECTION, RESIDUAL"))
                .extract().asString();
        assertNoInternals(body);

        as(STEERING).queryParam("category", "OTHER").when().get(ENTRIES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("category")).body("errors[0].message", containsString("DIRECT_SPEND"));

        // deep in a document the field is its JSON path
        Map<String, Object> badEntry = Map.of("externalRef", "2051-X-1", "entryDate", "2051-03-01", "amount", "10.00",
                "text", "Fel kategori", "category", "OTHER");
        Map<String, Object> document = Map.of("appropriationName", "Anslag 1:2 Miljöövervakning",
                "appropriation", "6000000.00", "keyDistributed", "0.00",
                "posts", List.of(Map.of("name", "Projekt/insatser", "budget", "550000.00",
                        "entries", List.of(badEntry.entrySet().stream().filter(e -> !e.getKey().equals("category"))
                                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), badEntry))));
        assertNoInternals(workingGroup().body(document).when().put("/api/v1/years/" + (YEAR + 2) + "/import")
                .then().statusCode(400).body("errors[0].field", equalTo("posts[0].entries[1].category"))
                .body("errors[0].message", containsString("RESIDUAL")).extract().asString());
    }

    @Test
    void validationAndUnreadableBodiesAreToldInSwedishWithTheField() {
        Map<String, Object> blank = entryOf("DIRECT_SPEND", "100.00");
        blank.put("text", " ");
        workingGroup().body(blank).when().post(ENTRIES).then().statusCode(400)
                .body("title", equalTo("Ogiltig indata"))
                .body("errors[0].field", equalTo("text")).body("errors[0].message", equalTo("får inte vara tomt"));

        Map<String, Object> noCategory = entryOf("DIRECT_SPEND", "100.00");
        noCategory.remove("category");
        workingGroup().body(noCategory).when().post(ENTRIES).then().statusCode(400)
                .body("errors[0].field", equalTo("category")).body("errors[0].message", equalTo("måste anges"));

        workingGroup().body(entryOf("DIRECT_SPEND", "12345678901234.00")).when().post(ENTRIES).then().statusCode(400)
                .body("errors[0].field", equalTo("amount"))
                .body("errors[0].message", equalTo("får ha högst 13 siffror före och 2 decimaler efter decimalpunkten"));

        Map<String, Object> outside = entryOf("DIRECT_SPEND", "100.00");
        outside.put("entryDate", "2050-12-31");
        workingGroup().body(outside).when().post(ENTRIES).then().statusCode(400)
                .body("errors[0].field", equalTo("entryDate"))
                .body("errors[0].message", equalTo("måste vara ett datum under " + YEAR));

        Map<String, Object> noSuchDay = entryOf("DIRECT_SPEND", "100.00");
        noSuchDay.put("entryDate", YEAR + "-02-30");
        assertNoInternals(workingGroup().body(noSuchDay).when().post(ENTRIES).then().statusCode(400)
                .body("errors[0].field", equalTo("entryDate"))
                .body("errors[0].message", equalTo("\"" + YEAR + "-02-30\" är inte ett giltigt datum (ÅÅÅÅ-MM-DD)"))
                .extract().asString());

        Map<String, Object> wrongType = entryOf("DIRECT_SPEND", "100.00");
        wrongType.put("text", Map.of("sv", "Rättelse"));
        assertNoInternals(workingGroup().body(wrongType).when().post(ENTRIES).then().statusCode(400)
                .body("errors[0].field", equalTo("text")).body("errors[0].message", equalTo("har fel typ: en text"))
                .extract().asString());

        assertNoInternals(workingGroup().body("{\"postId\": \"" + post + "\", \"amount\": ").when().post(ENTRIES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Felaktig JSON")).body("detail", containsString("inte giltig JSON"))
                .extract().asString());

        as(STEERING).queryParam("size", 500).when().get(ENTRIES).then().statusCode(400)
                .body("errors[0].field", equalTo("size")).body("errors[0].message", equalTo("får vara högst 200"));
    }

    @Test
    void everyReadOfAYearWithoutAFinancialYearIs404() {
        for (String path : List.of("", "/summary", "/budget-posts", "/ledger-entries", "/co-financing", "/outside-funds",
                "/deficit-coverage", "/ledger.csv", "/sie")) {
            as(STEERING).when().get("/api/v1/years/" + MISSING_YEAR + path).then()
                    .statusCode(404).contentType("application/problem+json")
                    .body("title", equalTo("Resursen finns inte"))
                    .body("detail", equalTo("Räkenskapsåret " + MISSING_YEAR + " finns inte"));
        }
    }

    @Test
    void whatTheFrameworkRefusesIsSwedishToo() {
        as(STEERING).when().get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Resursen finns inte")).body("detail", not(containsString("Not Found")));
        workingGroup().contentType("text/plain").body("x").when().post(ENTRIES).then().statusCode(415)
                .contentType("application/problem+json").body("title", equalTo("Innehållstypen stöds inte"));
    }

    private static void assertNoInternals(String body) {
        for (String internal : List.of("se.rus", "Cannot deserialize", "java.", "com.fasterxml", "jackson", "line:", "[Source")) {
            if (body.contains(internal)) {
                throw new AssertionError("problem body shows " + internal + ": " + body);
            }
        }
    }
}
