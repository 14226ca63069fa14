package se.rus.localstack.checks;

import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.SortChecks;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code ?sort=field,-other} on every list the contract documents it for, and pages beyond what an offset can count.
 * A service's test adds the orders of its own lists.
 */
public abstract class SortingChecks {

    protected static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");

    /** The lists whose contract documents {@code sort}, as templated paths ({@code /api/v1/plans/{year}/areas}). */
    protected abstract List<String> sortableLists();

    /** Makes the sortable lists exist; returns what turns a templated path into an existing one. */
    protected abstract UnaryOperator<String> existingLists();

    /** Lists to page beyond, made to exist; the first is also read at the last page an offset can count. */
    protected abstract List<String> listsToPage();

    @Test
    void everyListTakesTheSortFieldsItDocumentsAndRefusesOthers() {
        List<String> checked = SortChecks.everyDocumentedSortIsAcceptedAndNothingElse(WORKING_GROUP, existingLists());
        assertEquals(sortableLists().stream().sorted().toList(), checked.stream().sorted().toList());
    }

    @Test
    void aPageBeyondWhatAnOffsetCountsIsABadRequestNamingPage() {
        List<String> lists = listsToPage();
        int size = 200;
        for (String path : lists) {
            for (Map<String, Object> paging : List.of(Map.<String, Object>of("page", Integer.MAX_VALUE),
                    Map.<String, Object>of("page", Integer.MAX_VALUE / size, "size", size))) {
                given().auth().oauth2(WORKING_GROUP).queryParams(paging).when().get(path).then().statusCode(400)
                        .contentType("application/problem+json").body("errors[0].field", equalTo("page"))
                        .body("detail", containsString("sidan ligger bortom"));
            }
        }
        given().auth().oauth2(WORKING_GROUP).queryParam("page", Integer.MAX_VALUE / size - 1).queryParam("size", size)
                .when().get(lists.get(0)).then().statusCode(200).body("items.size()", equalTo(0));
    }
}
