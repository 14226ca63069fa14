package se.rus.finance.paging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.checks.SortingChecks;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static se.rus.finance.FinanceApi.as;
import static se.rus.finance.FinanceApi.definePost;
import static se.rus.finance.FinanceApi.entry;
import static se.rus.finance.FinanceApi.openYear;
import static se.rus.finance.FinanceApi.record;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class SortingTest extends SortingChecks {

    private static final int YEAR = 2043;

    @Override
    protected List<String> sortableLists() {
        return List.of("/api/v1/years", "/api/v1/years/{year}/budget-posts", "/api/v1/years/{year}/co-financing",
                "/api/v1/years/{year}/ledger-entries", "/api/v1/years/{year}/outside-funds");
    }

    @Override
    protected UnaryOperator<String> existingLists() {
        openYear(YEAR);
        return path -> path.replace("{year}", Integer.toString(YEAR));
    }

    @Override
    protected List<String> listsToPage() {
        openYear(YEAR + 2);
        return List.of("/api/v1/years", "/api/v1/years/" + (YEAR + 2) + "/ledger-entries",
                "/api/v1/years/" + (YEAR + 2) + "/budget-posts");
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
}
