package se.rus.finance.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.rus.finance.FinanceApi;
import se.rus.localstack.ConcurrentWrites;
import se.rus.localstack.ConcurrentWrites.Target;
import se.rus.localstack.RusTestInfrastructure;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every If-Match operation of the contract raced by ten writers with one ETag (one wins, nine get 412), and every
 * PUT and PATCH written twice with the same content (the ETag stays, no event). The fixtures only make a resource.
 */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class ConcurrentWritesTest {

    /** Years 2054–2070, which no other finance test uses: each write gets a financial year of its own. */
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2054);

    @Inject
    DataSource dataSource;

    @Test
    void oneOfTenWritersWithTheSameETagWinsOnEveryConditionalOperation() {
        assertEquals(7, ConcurrentWrites.assertOneWinnerPerETag(RestAssured.port, fixtures()),
                "If-Match operations of finance-service");
    }

    @Test
    void writingTheSameAgainKeepsTheETagAndWritesNoEvent() {
        ConcurrentWrites.assertUnchangedWritesKeepTheirETag(RestAssured.port, fixtures(), this::events);
    }

    long events() {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM outbox_event")) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Supplier<Target>> fixtures() {
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
