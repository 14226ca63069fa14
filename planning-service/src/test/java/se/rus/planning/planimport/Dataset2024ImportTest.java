package se.rus.planning.planimport;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.planning.support.Api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** The real 2024 plan, transcribed from the 2024 annual report, read back with the report's figures. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class Dataset2024ImportTest {

    private static final Path DATASET = Path.of("../deploy/data/2024/plan.json");

    @Test
    void importsThe2024PlanWithTheFiguresOfTheAnnualReport() throws IOException {
        String document = Files.readString(DATASET);
        Api.workingGroup().body(document).when().put("/api/v1/plans/2024/import")
                .then().statusCode(200)
                .body("areas", equalTo(3)).body("activities", equalTo(27)).body("goals", equalTo(15));

        given().auth().oauth2(Api.STEERING).when().get("/api/v1/plans/2024/summary")
                .then().statusCode(200)
                .body("areas.name", contains("Miljömålsuppföljning", "Stöd i åtgärdsarbetet", "Kommunikation och organisation"))
                .body("areas.activityCount", contains(5, 17, 5))
                .body("areas.plannedDays", contains(247, 381, 167))
                .body("plannedDays", equalTo(795))
                .body("activityCount", equalTo(27))
                .body("prioritisedCount", equalTo(15));
        given().auth().oauth2(Api.COUNTY).when().get("/api/v1/plans/2024/activities?prioritised=true")
                .then().statusCode(200).body("totalItems", equalTo(15));
        given().auth().oauth2(Api.STEERING).when().get("/api/v1/goal-periods/2022-2024/goals")
                .then().statusCode(200).body("totalItems", equalTo(15));

        Api.workingGroup().body(document).when().put("/api/v1/plans/2024/import")
                .then().statusCode(200).body("eventsPublished", equalTo(0));
    }
}
