package se.rus.finance.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import se.rus.finance.FinanceApi;
import se.rus.localstack.ConcurrentWrites.Target;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.checks.ConcurrentWritesChecks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class ConcurrentWritesTest extends ConcurrentWritesChecks {

    /** Years 2054–2070, which no other finance test uses: each write gets a financial year of its own. */
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2054);

    @Override
    protected int conditionalOperations() {
        return 7;
    }

    @Override
    protected Map<String, Supplier<Target>> fixtures() {
        Map<String, Supplier<Target>> fixtures = new HashMap<>();
        Supplier<Target> year = () -> Target.at(Map.of("year", Integer.toString(newYear())));
        fixtures.put("replaceFinancialYear", year);
        fixtures.put("patchFinancialYear", year);
        fixtures.put("closeFinancialYear", year);
        fixtures.put("setDeficitCoverage", () -> year.get().withBodies(i -> Map.of("coverers",
                List.of(Map.of("coveredBy", "Länsstyrelsen " + i, "description", "Resterande underskott")))));
        Supplier<Target> post = () -> {
            int y = newYear();
            return Target.at(Map.of("year", Integer.toString(y), "id", FinanceApi.definePost(y, "Arrangemang", "200000.00")));
        };
        fixtures.put("replaceBudgetPost", post);
        fixtures.put("patchBudgetPost", post);
        fixtures.put("removeBudgetPost", post);
        return fixtures;
    }

    private static int newYear() {
        int year = NEXT_YEAR.getAndIncrement();
        FinanceApi.openYear(year);
        return year;
    }
}
