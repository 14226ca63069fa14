package se.rus.localstack.checks;

import io.quarkus.scheduler.Scheduler;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import se.rus.localstack.ReadCost;
import se.rus.localstack.RusTestInfrastructure;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every read costs a fixed number of statements, however many rows it lists; reads are measured as the steering
 * group (who may read everything), asking for JSON. A service's test loads its data and names each read's cost.
 */
public abstract class ReadCostChecks {

    protected static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    protected static final String STEERING = RusTestInfrastructure.token("rus-steering");

    @Inject
    protected SessionFactory sessionFactory;

    @Inject
    protected Scheduler scheduler;

    /**
     * Loads the data the reads list, then returns each read (a path, in the order measured) and what it must cost.
     * A read measured mid-load is the test's own, through {@link #cost(String, int)}.
     */
    protected abstract Map<String, ReadCost> expectedCosts() throws Exception;

    /** Reads of what is not there (404) and what they cost; measured after {@link #expectedCosts()}. */
    protected Map<String, ReadCost> costsOfAbsentResources() {
        return Map.of();
    }

    /** A read that must answer {@code status}, measured alone. */
    protected final ReadCost cost(String path, int status) {
        return ReadCost.of(sessionFactory.getStatistics(), scheduler,
                () -> assertEquals(status, given().auth().oauth2(STEERING).accept(ContentType.JSON).when().get(path)
                        .statusCode(), path));
    }

    @Test
    void eachReadIsOneTransactionOfAFixedNumberOfStatements() throws Exception {
        Map<String, ReadCost> expected = new LinkedHashMap<>(expectedCosts());
        Map<String, ReadCost> measured = new LinkedHashMap<>();
        expected.keySet().forEach(path -> measured.put(path, cost(path, 200)));
        costsOfAbsentResources().forEach((path, cost) -> {
            expected.put("404 " + path, cost);
            measured.put("404 " + path, cost(path, 404));
        });
        assertEquals(expected, measured);
    }
}
