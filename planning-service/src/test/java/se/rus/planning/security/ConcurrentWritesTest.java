package se.rus.planning.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import se.rus.localstack.ConcurrentWrites.Target;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.checks.ConcurrentWritesChecks;
import se.rus.planning.support.Api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class ConcurrentWritesTest extends ConcurrentWritesChecks {

    /** Years no other planning test uses: each plan-level write gets a plan of its own. */
    private static final Deque<Integer> FREE_YEARS = new ArrayDeque<>(List.of(2005, 2008, 2011, 2014, 2017, 2020, 2028,
            2029, 2034, 2036, 2037, 2038, 2039, 2044, 2046, 2048, 2063, 2065, 2071, 2073));
    private static final String PERIOD = "2058-2059";
    private static int shared;

    @Override
    protected int conditionalOperations() {
        return 16;
    }

    @Override
    protected Map<String, Supplier<Target>> fixtures() {
        Map<String, Supplier<Target>> fixtures = new HashMap<>();
        Supplier<Target> plan = () -> Target.at(Map.of("year", Integer.toString(newPlan())));
        fixtures.put("replacePlan", plan);
        fixtures.put("patchPlan", plan);
        fixtures.put("adoptPlan", plan);
        fixtures.put("importPlan", () -> {
            int year = newPlan();
            return Target.at(Map.of("year", Integer.toString(year))).withBodies(i -> Map.of(
                    "title", "RUS verksamhetsplan " + year + " (import " + i + ")", "periodStart", year, "periodEnd", year));
        });
        Supplier<Target> area = () -> {
            int year = sharedPlan();
            return Target.at(Map.of("year", Integer.toString(year), "areaId", Api.addArea(year, "Område " + unique(), null)));
        };
        fixtures.put("replaceArea", area);
        fixtures.put("patchArea", area);
        fixtures.put("removeArea", area);
        Supplier<Target> activity = () -> {
            int year = sharedPlan();
            String areaId = Api.addArea(year, "Område " + unique(), null);
            String id = Api.workingGroup().body(Map.of("areaId", areaId, "title", "Aktivitet " + unique(), "plannedDays", 5))
                    .when().post("/api/v1/plans/" + year + "/activities").then().statusCode(201).extract().path("id");
            return Target.at(Map.of("year", Integer.toString(year), "activityId", id));
        };
        fixtures.put("replaceActivity", activity);
        fixtures.put("patchActivity", activity);
        fixtures.put("removeActivity", activity);
        Supplier<Target> member = () -> {
            int year = sharedPlan();
            Map<String, Object> body = new HashMap<>();
            body.put("group", "WORKING");
            body.put("name", "Person " + unique());
            body.put("organisation", "Länsstyrelsen Gävleborg");
            String id = Api.workingGroup().body(body).when().post("/api/v1/plans/" + year + "/members")
                    .then().statusCode(201).extract().path("id");
            return Target.at(Map.of("year", Integer.toString(year), "memberId", id));
        };
        fixtures.put("replaceMember", member);
        fixtures.put("patchMember", member);
        fixtures.put("removeMember", member);
        Supplier<Target> goal = () -> {
            sharedPlan();
            String id = Api.workingGroup().body(Map.of("areaName", "Miljömålsuppföljning", "text", "Mål " + unique()))
                    .when().post("/api/v1/goal-periods/" + PERIOD + "/goals").then().statusCode(201).extract().path("id");
            return Target.at(Map.of("period", PERIOD, "goalId", id));
        };
        fixtures.put("replaceGoal", goal);
        fixtures.put("patchGoal", goal);
        fixtures.put("removeGoal", goal);
        return fixtures;
    }

    private static synchronized int newPlan() {
        int year = FREE_YEARS.pop();
        Api.createPlan(year, year, year);
        return year;
    }

    /** One plan for the resources inside a plan, the last year of the goal period. */
    private static synchronized int sharedPlan() {
        if (shared == 0) {
            shared = 2059;
            Api.createPlan(shared, 2058, 2059);
            Api.addArea(shared, "Miljömålsuppföljning", null);
        }
        return shared;
    }

    private static String unique() {
        return java.util.UUID.randomUUID().toString().substring(0, 8);
    }
}
