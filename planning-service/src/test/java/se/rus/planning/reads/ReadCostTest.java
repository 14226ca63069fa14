package se.rus.planning.reads;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.scheduler.Scheduler;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import se.rus.localstack.ReadCost;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.planning.support.Api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every read of the plan is one transaction of a fixed number of statements, however many rows it lists. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class ReadCostTest {

    private static final int YEAR = 2052;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Scheduler scheduler;

    private ReadCost cost(String path, int status) {
        return ReadCost.of(sessionFactory.getStatistics(), scheduler,
                () -> given().auth().oauth2(Api.STEERING).when().get(path).then().statusCode(status));
    }

    @Test
    void eachReadIsOneTransactionOfAFixedNumberOfStatements() throws Exception {
        ObjectNode plan = (ObjectNode) new ObjectMapper().readTree(Files.readString(Path.of("../deploy/data/2024/plan.json")));
        plan.put("periodStart", YEAR).put("periodEnd", YEAR + 2);
        Api.workingGroup().body(plan.toString()).when().put("/api/v1/plans/" + YEAR + "/import")
                .then().statusCode(200).body("activities", equalTo(27));
        String plans = "/api/v1/plans/" + YEAR;
        String areaId = given().auth().oauth2(Api.STEERING).get(plans + "/areas").then().extract().path("items[1].id");
        String activityId = given().auth().oauth2(Api.STEERING).get(plans + "/activities").then().extract().path("items[0].id");
        String goals = "/api/v1/goal-periods/" + YEAR + "-" + (YEAR + 2) + "/goals";
        String goalId = given().auth().oauth2(Api.STEERING).get(goals).then().extract().path("items[0].id");
        String memberId = given().auth().oauth2(Api.STEERING).get(plans + "/members").then().extract().path("items[0].id");

        // statements per read; each read is one transaction on one connection
        Map<String, Integer> statements = new LinkedHashMap<>();
        statements.put("/api/v1/plans", 1);
        statements.put(plans, 1);
        statements.put(plans + "/history", 2); // a full page of the import's events, and their count
        statements.put(plans + "/areas", 2); // the plan, then its areas
        statements.put(plans + "/areas/" + areaId, 1);
        statements.put(plans + "/activities", 1); // 27 activities with their areas and plan, no count (one page holds all)
        statements.put(plans + "/activities?size=20&sort=-plannedDays", 2); // a full page counts the rest
        statements.put(plans + "/activities?areaId=" + areaId + "&prioritised=true&developmentEffort=NONE", 1);
        statements.put(plans + "/activities/" + activityId, 1);
        statements.put(plans + "/summary", 3); // the plan, its activities, its areas
        statements.put(goals, 1);
        statements.put(goals + "/" + goalId, 1);
        statements.put(plans + "/members", 1);
        statements.put(plans + "/members/" + memberId, 1);
        statements.forEach((path, count) -> assertEquals(ReadCost.statementsInOneTransaction(count), cost(path, 200), path));
        assertEquals(ReadCost.statementsInOneTransaction(2), cost("/api/v1/plans/1999/activities", 404),
                "an empty page, then the plan that is not there");
    }
}
