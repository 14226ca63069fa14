package se.rus.reporting.paging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.checks.SortingChecks;

import java.util.List;
import java.util.function.UnaryOperator;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class SortingTest extends SortingChecks {

    @Override
    protected List<String> sortableLists() {
        return List.of("/api/v1/reports", "/api/v1/reports/{year}/versions");
    }

    @Override
    protected UnaryOperator<String> existingLists() {
        return path -> path.replace("{year}", "2091");
    }

    @Override
    protected List<String> listsToPage() {
        return List.of("/api/v1/reports", "/api/v1/reports/2091/versions");
    }
}
