package se.rus.reporting.paging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.SortChecks;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code ?sort=field,-other} on every list, and pages beyond what an offset can count. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class SortingTest {

    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");

    @Test
    void everyListTakesTheSortFieldsItDocumentsAndRefusesOthers() {
        List<String> checked = SortChecks.everyDocumentedSortIsAcceptedAndNothingElse(WORKING_GROUP,
                path -> path.replace("{year}", "2091"));
        assertEquals(List.of("/api/v1/reports", "/api/v1/reports/{year}/versions"), checked.stream().sorted().toList());
    }

    @Test
    void aPageBeyondWhatAnOffsetCountsIsABadRequestNamingPage() {
        for (String path : List.of("/api/v1/reports", "/api/v1/reports/2091/versions")) {
            given().auth().oauth2(WORKING_GROUP).queryParam("page", Integer.MAX_VALUE).when().get(path).then()
                    .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("page"));
        }
    }
}
