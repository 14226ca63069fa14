package se.rus.planning.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.rus.localstack.BrokerOutageInfrastructure;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.TopicReader;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A broker outage delays events but never drops them: the outbox keeps them until the broker is back. */
@QuarkusTest
@WithTestResource(value = BrokerOutageInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class BrokerOutageTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aChangeMadeWhileTheBrokerIsUnreachableIsPublishedWhenItReturns() throws Exception {
        BrokerOutageInfrastructure.proxy().cut();
        String id;
        try {
            id = given().auth().oauth2(RusTestInfrastructure.token("rus-working-group")).contentType(ContentType.JSON)
                    .body(Map.of("year", 2070, "title", "RUS verksamhetsplan 2070", "periodStart", 2070, "periodEnd", 2072))
                    .when().post("/api/v1/plans")
                    .then().statusCode(201).extract().path("id");
            // the relay has tried by now (it is woken at commit) and could not deliver
            Thread.sleep(3000);
            assertFalse(published(id), "the event must wait in the outbox while the broker is unreachable");
        } finally {
            BrokerOutageInfrastructure.proxy().restore();
        }

        ConsumerRecord<String, String> record = TopicReader.await(BrokerOutageInfrastructure.bootstrapServers(),
                "rus.planning.v1", r -> r.value().contains("\"subject\":\"" + id + "\""), Duration.ofSeconds(60));
        assertEquals("2070", record.key());
        assertTrue(record.value().contains("\"type\":\"se.rus.planning.PlanCreated.v1\""), record.value());
        await().atMost(Duration.ofSeconds(30)).until(() -> published(id));
    }

    private boolean published(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> (Boolean) entityManager.createNativeQuery(
                        "SELECT published_at IS NOT NULL FROM outbox_event WHERE subject = :subject")
                .setParameter("subject", subject).getSingleResult());
    }
}
