package se.rus.planning.activity;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.planning.support.Api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class ConcurrentPlanningTest {

    @Test
    void theSameActivityPostedConcurrentlyIsPlannedOnceAndTheOthersConflict() throws Exception {
        int year = 2085;
        Api.createPlan(year, 2085, 2087);
        String area = Api.addArea(year, "Stöd i åtgärdsarbetet", null);
        Map<String, Object> body = Map.of("areaId", area, "title", "Länstransportplanering", "plannedDays", 14);
        Callable<Integer> post = () -> Api.workingGroup().body(body)
                .when().post("/api/v1/plans/" + year + "/activities").then().extract().statusCode();

        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> answers = pool.invokeAll(IntStream.range(0, 6).mapToObj(i -> post).toList());
            List<Integer> statuses = answers.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).sorted().toList();
            assertEquals(List.of(201, 409, 409, 409, 409, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(Api.WORKING_GROUP).when().get("/api/v1/plans/" + year + "/activities")
                .then().body("totalItems", equalTo(1));
    }
}
