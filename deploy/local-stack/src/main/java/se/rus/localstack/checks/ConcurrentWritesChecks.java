package se.rus.localstack.checks;

import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.rus.localstack.ConcurrentWrites;
import se.rus.localstack.ConcurrentWrites.Target;

import javax.sql.DataSource;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every If-Match operation of the contract raced by ten writers with one ETag (one wins, nine get 412), and every
 * PUT and PATCH written twice with the same content (the ETag stays, nothing is written). A service's test only
 * makes a resource for each operation.
 */
public abstract class ConcurrentWritesChecks {

    @Inject
    protected DataSource dataSource;

    /** How many operations of the contract take If-Match, so one that stops doing so is noticed. */
    protected abstract int conditionalOperations();

    /** Operation id → a fresh resource for it, in the state the operation needs. */
    protected abstract Map<String, Supplier<Target>> fixtures();

    /** What a write that changes something leaves behind: by default the events in the outbox. */
    protected long changesWritten() {
        return count("SELECT count(*) FROM outbox_event");
    }

    /** One number the service's database answers. */
    protected final long count(String query) {
        return ServiceUnderTest.count(dataSource, query);
    }

    @Test
    void oneOfTenWritersWithTheSameETagWinsOnEveryConditionalOperation() {
        assertEquals(conditionalOperations(), ConcurrentWrites.assertOneWinnerPerETag(RestAssured.port, fixtures()),
                "If-Match operations of " + ServiceUnderTest.of(getClass()).artifact());
    }

    @Test
    void writingTheSameAgainKeepsTheETagAndWritesNothing() {
        ConcurrentWrites.assertUnchangedWritesKeepTheirETag(RestAssured.port, fixtures(), this::changesWritten);
    }
}
