package se.rus.planning.reads;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import se.rus.localstack.ReadCost;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.checks.ReadCostChecks;
import se.rus.planning.support.Api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Every read of the plan is one transaction of a fixed number of statements, however many rows it lists. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class ReadCostTest extends ReadCostChecks {

    private static final int YEAR = 2052;

    @Override
    protected Map<String, ReadCost> expectedCosts() throws Exception {
        ObjectNode plan = (ObjectNode) new ObjectMapper().readTree(Files.readString(Path.of("../deploy/data/2024/plan.json")));
        plan.put("periodStart", YEAR).put("periodEnd", YEAR + 2);
        Api.workingGroup().body(plan.toString()).when().put("/api/v1/plans/" + YEAR + "/import")
                .then().statusCode(200).body("activities", equalTo(27));
        String plans = "/api/v1/plans/" + YEAR;
        String areaId = given().auth().oauth2(STEERING).get(plans + "/areas").then().extract().path("items[1].id");
        String activityId = given().auth().oauth2(STEERING).get(plans + "/activities").then().extract().path("items[0].id");
        String goals = "/api/v1/goal-periods/" + YEAR + "-" + (YEAR + 2) + "/goals";
        String goalId = given().auth().oauth2(STEERING).get(goals).then().extract().path("items[0].id");
        String memberId = given().auth().oauth2(STEERING).get(plans + "/members").then().extract().path("items[0].id");

        // statements per read; each read is one transaction on one connection
        Map<String, ReadCost> statements = new LinkedHashMap<>();
        statements.put("/api/v1/plans", ReadCost.statementsInOneTransaction(1));
        statements.put(plans, ReadCost.statementsInOneTransaction(1));
        statements.put(plans + "/history", ReadCost.statementsInOneTransaction(2)); // a full page of the import's events, and their count
        statements.put(plans + "/areas", ReadCost.statementsInOneTransaction(2)); // the plan, then its areas
        statements.put(plans + "/areas/" + areaId, ReadCost.statementsInOneTransaction(1));
        statements.put(plans + "/activities", ReadCost.statementsInOneTransaction(1)); // 27 activities with their areas and plan, no count (one page holds all)
        statements.put(plans + "/activities?size=20&sort=-plannedDays", ReadCost.statementsInOneTransaction(2)); // a full page counts the rest
        statements.put(plans + "/activities?areaId=" + areaId + "&prioritised=true&developmentEffort=NONE", ReadCost.statementsInOneTransaction(1));
        statements.put(plans + "/activities/" + activityId, ReadCost.statementsInOneTransaction(1));
        statements.put(plans + "/summary", ReadCost.statementsInOneTransaction(3)); // the plan, its activities, its areas
        statements.put(goals, ReadCost.statementsInOneTransaction(1));
        statements.put(goals + "/" + goalId, ReadCost.statementsInOneTransaction(1));
        statements.put(plans + "/members", ReadCost.statementsInOneTransaction(1));
        statements.put(plans + "/members/" + memberId, ReadCost.statementsInOneTransaction(1));
        return statements;
    }

    @Override
    protected Map<String, ReadCost> costsOfAbsentResources() {
        // an empty page, then the plan that is not there
        return Map.of("/api/v1/plans/1999/activities", ReadCost.statementsInOneTransaction(2));
    }
}
