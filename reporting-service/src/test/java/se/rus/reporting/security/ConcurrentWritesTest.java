package se.rus.reporting.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.rus.localstack.ConcurrentWrites;
import se.rus.localstack.ConcurrentWrites.Target;
import se.rus.localstack.RusTestInfrastructure;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every If-Match operation of the contract raced by ten writers with one ETag (one wins, nine get 412), and every
 * PUT written twice with the same texts (the ETag stays: a re-import of the same texts is idempotent).
 */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class ConcurrentWritesTest {

    /** Years 2002–2011, which no other reporting test uses. */
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2050); // 2050–2051: years no other reporting test uses

    @Inject
    DataSource dataSource;

    @Test
    void oneOfTenWritersWithTheSameETagWinsOnEveryConditionalOperation() {
        assertEquals(1, ConcurrentWrites.assertOneWinnerPerETag(RestAssured.port, fixtures()),
                "If-Match operations of reporting-service");
    }

    @Test
    void writingTheSameAgainKeepsTheETag() {
        ConcurrentWrites.assertUnchangedWritesKeepTheirETag(RestAssured.port, fixtures(), this::readModelVersions);
    }

    /** What a changed draft retires: the read model's version of the year (no event; reporting publishes none). */
    long readModelVersions() {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) + coalesce(sum(version), 0) FROM read_model_version")) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Supplier<Target>> fixtures() {
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
