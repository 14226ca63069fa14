package se.rus.finance.paging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.SortChecks;

import java.util.List;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rus.finance.FinanceApi.WORKING_GROUP;
import static se.rus.finance.FinanceApi.as;
import static se.rus.finance.FinanceApi.definePost;
import static se.rus.finance.FinanceApi.entry;
import static se.rus.finance.FinanceApi.openYear;
import static se.rus.finance.FinanceApi.record;

/** {@code ?sort=field,-other} on every list, and pages beyond what an offset can count. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class SortingTest {

    private static final int YEAR = 2043;

    @Test
    void everyListTakesTheSortFieldsItDocumentsAndRefusesOthers() {
        openYear(YEAR);
        List<String> checked = SortChecks.everyDocumentedSortIsAcceptedAndNothingElse(WORKING_GROUP,
                path -> path.replace("{year}", Integer.toString(YEAR)));
        assertEquals(List.of("/api/v1/years", "/api/v1/years/{year}/budget-posts", "/api/v1/years/{year}/co-financing",
                "/api/v1/years/{year}/ledger-entries", "/api/v1/years/{year}/outside-funds"), checked.stream().sorted().toList());
    }

    @Test
    void theRequestedOrderComesFirstAndTheEntryOrderBreaksTies() {
        openYear(YEAR + 1);
        String ledger = "/api/v1/years/" + (YEAR + 1) + "/ledger-entries";
        String post = definePost(YEAR + 1, "Projekt/insatser", "1000.00");
        record(YEAR + 1, entry(post, (YEAR + 1) + "-03-01", "300.00", "Mars"));
        record(YEAR + 1, entry(post, (YEAR + 1) + "-01-15", "-50.00", "Januari"));
        record(YEAR + 1, entry(post, (YEAR + 1) + "-02-01", "300.00", "Februari"));
        as(WORKING_GROUP).when().get(ledger).then().statusCode(200).body("items.text", contains("Januari", "Februari", "Mars"));
        as(WORKING_GROUP).queryParam("sort", "-amount").when().get(ledger).then().statusCode(200)
                .body("items.text", contains("Februari", "Mars", "Januari"));
        as(WORKING_GROUP).queryParam("sort", "amount,-entryDate").when().get(ledger).then().statusCode(200)
                .body("items.text", contains("Januari", "Mars", "Februari"));
        String posts = "/api/v1/years/" + (YEAR + 1) + "/budget-posts";
        definePost(YEAR + 1, "Löner, resor m.m. RUS", "3700000.00");
        as(WORKING_GROUP).queryParam("sort", "-budget").when().get(posts).then().statusCode(200)
                .body("items.name", contains("Löner, resor m.m. RUS", "Projekt/insatser"));
        as(WORKING_GROUP).queryParam("sort", "name,recordedAt").when().get(posts).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("sort"))
                .body("errors[0].message", equalTo("okänt fält recordedAt; tillåtna: position, name, budget"));
    }

    @Test
    void aPageBeyondWhatAnOffsetCountsIsABadRequestNamingPage() {
        openYear(YEAR + 2);
        for (String path : List.of("/api/v1/years", "/api/v1/years/" + (YEAR + 2) + "/ledger-entries",
                "/api/v1/years/" + (YEAR + 2) + "/budget-posts")) {
            as(WORKING_GROUP).queryParam("page", Integer.MAX_VALUE).when().get(path).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("page"));
        }
    }
}
