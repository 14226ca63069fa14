package se.rus.planning.common;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.checks.SortingChecks;
import se.rus.planning.support.Api;

import java.util.List;
import java.util.function.UnaryOperator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class SortingTest extends SortingChecks {

    private static final int YEAR = 2047;

    @Override
    protected List<String> sortableLists() {
        return List.of("/api/v1/goal-periods/{period}/goals", "/api/v1/plans", "/api/v1/plans/{year}/activities",
                "/api/v1/plans/{year}/areas", "/api/v1/plans/{year}/history", "/api/v1/plans/{year}/members");
    }

    @Override
    protected UnaryOperator<String> existingLists() {
        Api.createPlan(YEAR, 2047, 2049);
        Api.addArea(YEAR, "Miljömålsuppföljning", null);
        return path -> path.replace("{year}", Integer.toString(YEAR)).replace("{period}", "2047-2049");
    }

    @Override
    protected List<String> listsToPage() {
        Api.createPlan(YEAR + 2, 2047, 2049);
        return List.of("/api/v1/plans", "/api/v1/plans/" + (YEAR + 2) + "/history", "/api/v1/goal-periods/2047-2049/goals");
    }

    @Test
    void theRequestedOrderComesFirstAndThePlansOwnOrderBreaksTies() {
        Api.createPlan(YEAR + 1, 2047, 2049);
        String areas = "/api/v1/plans/" + (YEAR + 1) + "/areas";
        Api.addArea(YEAR + 1, "Stöd i åtgärdsarbetet", null);
        Api.addArea(YEAR + 1, "Kommunikation och organisation", null);
        Api.addArea(YEAR + 1, "Miljömålsuppföljning", null);
        given().auth().oauth2(Api.WORKING_GROUP).when().get(areas).then().statusCode(200)
                .body("items.name", contains("Stöd i åtgärdsarbetet", "Kommunikation och organisation", "Miljömålsuppföljning"));
        given().auth().oauth2(Api.WORKING_GROUP).queryParam("sort", "name").when().get(areas).then().statusCode(200)
                .body("items.name", contains("Kommunikation och organisation", "Miljömålsuppföljning", "Stöd i åtgärdsarbetet"));
        given().auth().oauth2(Api.WORKING_GROUP).queryParam("sort", "-position").queryParam("size", 2).when().get(areas)
                .then().statusCode(200).body("items.name", contains("Miljömålsuppföljning", "Kommunikation och organisation"))
                .body("totalItems", equalTo(3));
        given().auth().oauth2(Api.WORKING_GROUP).queryParam("sort", "name,name").when().get(areas).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("sort"));
        given().auth().oauth2(Api.WORKING_GROUP).queryParam("sort", "resourceNote").when().get(areas).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("sort"))
                .body("errors[0].message", equalTo("okänt fält resourceNote; tillåtna: position, name"));
    }
}
