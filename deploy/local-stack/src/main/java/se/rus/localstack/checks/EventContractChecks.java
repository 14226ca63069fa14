package se.rus.localstack.checks;

import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.rus.localstack.EventContract;
import se.rus.platform.events.EventPublisher;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The events the service publishes keep deploy/contracts/events.asyncapi.yaml: every type in the code is
 * documented, each payload record (filled, with each enum value) validates against its message, serialised by the
 * service's own ObjectMapper into the envelope its EventPublisher writes, and so does every event the tests run
 * before this one really wrote to the outbox.
 */
public abstract class EventContractChecks {

    @Inject
    protected DataSource dataSource;

    @Inject
    protected EventPublisher events;

    /** Each event type and the payload record the code publishes with it. */
    protected abstract Map<String, Class<?>> payloads();

    @Test
    void everyEventTypeIsDocumentedAndItsPayloadsValidate() {
        // built as the service builds every event it publishes
        EventContract.assertKeptBy(ServiceUnderTest.of(getClass()).artifact(), payloads(),
                (type, payload) -> events.envelope(events.event(type, UUID.randomUUID().toString(), payload)), written());
    }

    private List<String> written() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT envelope FROM outbox_event")) {
            List<String> envelopes = new ArrayList<>();
            while (rows.next()) {
                envelopes.add(rows.getString(1));
            }
            return envelopes;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
