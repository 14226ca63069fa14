package se.rus.followup.paging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.checks.SortingChecks;

import java.util.List;
import java.util.function.UnaryOperator;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class SortingTest extends SortingChecks {

    private static final int YEAR = 2081;

    @Override
    protected List<String> sortableLists() {
        return List.of("/api/v1/followups/{year}/activities", "/api/v1/followups/{year}/areas",
                "/api/v1/followups/{year}/outcomes", "/api/v1/goal-periods/{period}/valuations", "/api/v1/rau/{year}/submissions");
    }

    @Override
    protected UnaryOperator<String> existingLists() {
        return path -> path.replace("{year}", Integer.toString(YEAR)).replace("{period}", "2080-2082");
    }

    @Override
    protected List<String> listsToPage() {
        return List.of("/api/v1/followups/" + YEAR + "/outcomes", "/api/v1/followups/" + YEAR + "/areas",
                "/api/v1/rau/" + YEAR + "/submissions");
    }
}
