package se.rus.reporting.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import se.rus.localstack.ConcurrentWrites.Target;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.checks.ConcurrentWritesChecks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/** A PUT of the same texts again is idempotent: the ETag stays and the read model keeps its version. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class ConcurrentWritesTest extends ConcurrentWritesChecks {

    /** Years 2002–2011, which no other reporting test uses. */
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2050); // 2050–2051: years no other reporting test uses

    @Override
    protected int conditionalOperations() {
        return 1;
    }

    /** What a changed draft retires: the read model's version of the year (no event; reporting publishes none). */
    @Override
    protected long changesWritten() {
        return count("SELECT count(*) + coalesce(sum(version), 0) FROM read_model_version");
    }

    @Override
    protected Map<String, Supplier<Target>> fixtures() {
        Supplier<Target> draft = () -> {
            int year = NEXT_YEAR.getAndIncrement();
            given().auth().oauth2(RusTestInfrastructure.token("rus-working-group")).contentType(ContentType.JSON)
                    .body(Map.of("title", "RUS verksamhetsberättelse " + year,
                            "highlights", List.of("Medarrangerat miljömålsdagarna.")))
                    .when().put("/api/v1/reports/" + year + "/draft").then().statusCode(201);
            return Target.at(Map.of("year", Integer.toString(year)));
        };
        return Map.of("putReportDraft", draft);
    }
}
