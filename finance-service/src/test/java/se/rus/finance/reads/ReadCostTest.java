package se.rus.finance.reads;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import se.rus.finance.FinanceApi;
import se.rus.localstack.ReadCost;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.checks.ReadCostChecks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Every finance read is one transaction of a fixed number of statements, however many entries it lists. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class ReadCostTest extends ReadCostChecks {

    private static final int YEAR = 2053;

    /** 2024's economy moved to {@link #YEAR}, with 16 more entries on the last post so a list holds 30. */
    private static String year() throws Exception {
        ObjectNode document = (ObjectNode) new ObjectMapper().readTree(
                Files.readString(Path.of("../deploy/data/2024/finance.json")).replace("2024-", YEAR + "-"));
        ArrayNode entries = (ArrayNode) document.withArray("posts").get(3).withArray("entries");
        for (int i = 1; i <= 16; i++) {
            entries.addObject().put("externalRef", YEAR + "-RC-" + i).put("entryDate", YEAR + "-06-" + (10 + i))
                    .put("amount", i + "00.00").put("text", "Resa " + i).put("counterpart", "SJ AB")
                    .put("category", "DIRECT_SPEND");
        }
        return document.toString();
    }

    @Override
    protected Map<String, ReadCost> expectedCosts() throws Exception {
        FinanceApi.workingGroup().body(year()).when().put("/api/v1/years/" + YEAR + "/import")
                .then().statusCode(200).body("entriesRecorded", equalTo(30));
        String years = "/api/v1/years/" + YEAR;
        String postId = given().auth().oauth2(STEERING).get(years + "/budget-posts").then().extract().path("items[3].id");
        String entryId = given().auth().oauth2(STEERING).get(years + "/ledger-entries").then().extract().path("items[0].id");
        String fundsId = given().auth().oauth2(STEERING).get(years + "/co-financing").then().extract().path("items[0].id");

        Map<String, ReadCost> expected = new LinkedHashMap<>();
        expected.put("/api/v1/years", ReadCost.statementsInOneTransaction(1));
        expected.put(years, ReadCost.statementsInOneTransaction(1));
        expected.put(years + "/budget-posts", ReadCost.statementsInOneTransaction(1));
        expected.put(years + "/budget-posts/" + postId, ReadCost.statementsInOneTransaction(1));
        expected.put(years + "/co-financing", ReadCost.statementsInOneTransaction(1));
        expected.put(years + "/co-financing/" + fundsId, ReadCost.statementsInOneTransaction(1));
        expected.put(years + "/outside-funds", ReadCost.statementsInOneTransaction(1));
        expected.put(years + "/deficit-coverage", ReadCost.statementsInOneTransaction(2)); // the year, its coverage
        // the year, posts, one sum per post, co-financing, outside funds, coverage
        expected.put(years + "/summary", ReadCost.statementsInOneTransaction(6));
        // the post names, then 30 entries (no count: one page holds them all)
        expected.put(years + "/ledger-entries", ReadCost.statementsInOneTransaction(2));
        expected.put(years + "/ledger-entries?size=20&sort=-amount", ReadCost.statementsInOneTransaction(3)); // a full page counts
        expected.put(years + "/ledger-entries?postId=" + postId + "&from=" + YEAR + "-06-01&to=" + YEAR
                + "-06-30&counterpart=sj&category=DIRECT_SPEND", ReadCost.statementsInOneTransaction(2));
        expected.put(years + "/ledger-entries/" + entryId, ReadCost.statementsInOneTransaction(1)); // with its post's name
        return expected;
    }

    @Override
    protected Map<String, ReadCost> costsOfAbsentResources() {
        // no posts, no entries, no year
        return Map.of("/api/v1/years/1999/ledger-entries", ReadCost.statementsInOneTransaction(3));
    }
}
