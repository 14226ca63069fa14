package se.rus.reporting.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.TopicReader;
import se.rus.platform.events.DeadLetters;
import se.rus.reporting.support.ContractEvents;
import se.rus.reporting.support.YearFixture;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static se.rus.reporting.support.ContractEvents.FINANCE;
import static se.rus.reporting.support.ContractEvents.PLANNING;
import static se.rus.reporting.support.ContractEvents.data;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class DeadLetterTest {

    private static final int YEAR = 2066;
    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    DeadLetters deadLetters;

    @Test
    void recordsThatCannotBeUsedGoToTheDeadLetterTopicAndTheNextEventIsApplied() throws Exception {
        long before = deadLetters.count();
        YearFixture fixture = new YearFixture(YEAR);
        fixture.planning().forEach(ContractEvents.Sent::send);
        fixture.finance().forEach(ContractEvents.Sent::send);

        String notAnEvent = "a spreadsheet row, not a CloudEvent " + UUID.randomUUID();
        TopicReader.send(FINANCE, Integer.toString(YEAR), notAnEvent);
        ContractEvents.Sent illFitting = ContractEvents.event(FINANCE, YEAR, "se.rus.finance.LedgerEntryRecorded.v1",
                UUID.randomUUID(), data("id", UUID.randomUUID(), "year", YEAR, "postId", fixture.other, "amount", "not money"));
        illFitting.send();
        UUID huge = UUID.randomUUID();
        // planned days beyond numeric(9,2): the database refuses it on every delivery (SQLSTATE 22003)
        ContractEvents.Sent refused = ContractEvents.event(PLANNING, YEAR, "se.rus.planning.ActivityPlanned.v1", huge,
                data("id", huge, "planId", fixture.plan, "year", YEAR, "areaId", fixture.areaSupport,
                        "areaName", "Stöd i åtgärdsarbetet", "position", 9, "title", "För stor",
                        "plannedDays", new BigDecimal("1E12"), "prioritised", false, "developmentEffort", "NONE"));
        refused.send();
        fixture.entry(fixture.other, "Övrigt", "700.00", "DIRECT_SPEND").send();

        await().atMost(PATIENCE).untilAsserted(() ->
                given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/" + YEAR)
                        .then().statusCode(200).body("economy.posts[2].outcome", equalTo("700.00")));

        ConsumerRecord<String, String> original = TopicReader.await(FINANCE, r -> notAnEvent.equals(r.value()), PATIENCE);
        ConsumerRecord<String, String> dead = TopicReader.await(FINANCE + ".dlq", r -> notAnEvent.equals(r.value()), PATIENCE);
        assertThat(header(dead, DeadLetters.REASON), startsWith("IllegalArgumentException: not a CloudEvents envelope"));
        assertThat(header(dead, DeadLetters.ORIGINAL_TOPIC), equalTo(FINANCE));
        assertThat(header(dead, DeadLetters.ORIGINAL_PARTITION), equalTo(Integer.toString(original.partition())));
        assertThat(header(dead, DeadLetters.ORIGINAL_OFFSET), equalTo(Long.toString(original.offset())));
        assertThat(header(dead, DeadLetters.EVENT_ID), nullValue());
        assertThat(header(dead, DeadLetters.CONSUMER), equalTo("reporting-service"));
        assertThat(dead.key(), equalTo(Integer.toString(YEAR)));

        String illFittingId = idOf(illFitting);
        dead = TopicReader.await(FINANCE + ".dlq", r -> illFittingId.equals(header(r, DeadLetters.EVENT_ID)), PATIENCE);
        assertThat(dead.value(), equalTo(illFitting.envelope()));
        assertThat(header(dead, DeadLetters.EVENT_TYPE), equalTo("se.rus.finance.LedgerEntryRecorded.v1"));
        assertThat(header(dead, DeadLetters.REASON), containsString("does not fit"));
        assertThat(header(dead, DeadLetters.ORIGINAL_TOPIC), equalTo(FINANCE));
        assertThat(header(dead, DeadLetters.ORIGINAL_OFFSET), matchesPattern("\\d+"));

        String refusedId = idOf(refused);
        dead = TopicReader.await(PLANNING + ".dlq", r -> refusedId.equals(header(r, DeadLetters.EVENT_ID)), PATIENCE);
        assertThat(header(dead, DeadLetters.EVENT_TYPE), equalTo("se.rus.planning.ActivityPlanned.v1"));
        assertThat(header(dead, DeadLetters.REASON), containsString("numeric field overflow"));
        assertThat(header(dead, DeadLetters.ORIGINAL_TOPIC), equalTo(PLANNING));
        assertThat(header(dead, "content-type"), equalTo("application/cloudevents+json"));

        assertThat(deadLetters.count(), greaterThanOrEqualTo(before + 3));
        given().when().get("/q/health/ready")
                .then().body("checks.find { it.name == 'dead-letters' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'dead-letters' }.data.count", greaterThanOrEqualTo((int) before + 3));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/" + YEAR)
                .then().body("areas[1].activities.title", not(hasItem("För stor")));
    }

    private static String idOf(ContractEvents.Sent sent) throws Exception {
        return new ObjectMapper().readTree(sent.envelope()).get("id").asText();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
