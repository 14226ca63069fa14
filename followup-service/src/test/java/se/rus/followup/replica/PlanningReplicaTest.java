package se.rus.followup.replica;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import se.rus.followup.PlanningFixture;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.TopicReader;
import se.rus.platform.events.DeadLetters;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static se.rus.followup.PlanningFixture.activity;
import static se.rus.followup.PlanningFixture.awaitActivityKnown;
import static se.rus.followup.PlanningFixture.envelope;
import static se.rus.followup.PlanningFixture.paragraph;
import static se.rus.followup.PlanningFixture.publish;
import static se.rus.followup.PlanningFixture.send;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class PlanningReplicaTest {

    private static final int YEAR = 2041;
    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");

    @Inject
    DeadLetters deadLetters;

    @Test
    void aRedeliveredEventIsAppliedOnlyOnce() {
        UUID plan = UUID.randomUUID();
        UUID area = UUID.randomUUID();
        UUID activityId = UUID.randomUUID();
        UUID planned = UUID.randomUUID();
        Map<String, Object> original = activity(activityId, plan, YEAR, area, "Miljömålsuppföljning", 1, "Indikatorutveckling");
        Map<String, Object> renamed = activity(activityId, plan, YEAR, area, "Miljömålsuppföljning", 1, "Indikatorutveckling regionalt");
        String plannedEvent = envelope(planned, "ActivityPlanned.v1", activityId, original);

        send(YEAR, plannedEvent);
        send(YEAR, plannedEvent);
        send(YEAR, envelope(UUID.randomUUID(), "ActivityChanged.v1", activityId, renamed));
        // a late redelivery of the first event must not undo the change that followed it
        send(YEAR, plannedEvent);
        UUID marker = UUID.randomUUID();
        publish(YEAR, "ActivityPlanned.v1", activity(marker, plan, YEAR, area, "Miljömålsuppföljning", 2, "Markör"));

        awaitActivityKnown(WORKING_GROUP, YEAR, marker);
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/followups/" + YEAR + "/activities?areaId=" + area)
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.find { it.id == '" + activityId + "' }.title", equalTo("Indikatorutveckling regionalt"))
                .body("items.find { it.id == '" + activityId + "' }.plannedDays", equalTo(119))
                .body("items.find { it.id == '" + activityId + "' }.prioritised", equalTo(true));
    }

    @Test
    void brokenRecordsGoToTheDeadLetterTopicAndUnknownTypesAreIgnored() {
        long before = deadLetters.count();
        UUID plan = UUID.randomUUID();
        UUID area = UUID.randomUUID();
        send(YEAR, "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID()
                + "\",\"type\":\"se.rus.planning.SomethingNew.v1\",\"data\":{}}");
        String notJson = "this is not JSON " + UUID.randomUUID();
        send(YEAR, notJson);
        UUID lacking = UUID.randomUUID();
        send(YEAR, envelope(lacking, "ActivityPlanned.v1", UUID.randomUUID(), Map.of("year", YEAR)));
        // planned days beyond numeric(9,2): the database refuses it on every delivery (SQLSTATE 22003)
        UUID refused = UUID.randomUUID();
        Map<String, Object> huge = new HashMap<>(activity(UUID.randomUUID(), plan, YEAR, area, "Kommunikation", 9, "För stor"));
        huge.put("plannedDays", new BigDecimal("1E12"));
        send(YEAR, envelope(refused, "ActivityPlanned.v1", UUID.randomUUID(), huge));
        send(YEAR, envelope(UUID.randomUUID(), "MemberJoined.v1", UUID.randomUUID(),
                Map.of("id", UUID.randomUUID().toString(), "year", YEAR, "group", "WORKING", "name", "Anna")));
        UUID after = UUID.randomUUID();
        publish(YEAR, "ActivityPlanned.v1", activity(after, plan, YEAR, area, "Kommunikation", 1, "Miljömålsdagarna"));

        awaitActivityKnown(WORKING_GROUP, YEAR, after);
        ConsumerRecord<String, String> dead = awaitDeadLetter(r -> notJson.equals(r.value()));
        assertThat(header(dead, DeadLetters.REASON), containsString("not a CloudEvents envelope"));
        assertThat(header(dead, DeadLetters.ORIGINAL_TOPIC), equalTo(PlanningFixture.PLANNING_TOPIC));
        assertThat(header(dead, DeadLetters.ORIGINAL_PARTITION), matchesPattern("\\d+"));
        assertThat(header(dead, DeadLetters.ORIGINAL_OFFSET), matchesPattern("\\d+"));
        dead = awaitDeadLetter(r -> lacking.toString().equals(header(r, DeadLetters.EVENT_ID)));
        assertThat(header(dead, DeadLetters.EVENT_TYPE), equalTo("se.rus.planning.ActivityPlanned.v1"));
        assertThat(header(dead, DeadLetters.REASON), containsString("the payload lacks activity id, year and title"));
        dead = awaitDeadLetter(r -> refused.toString().equals(header(r, DeadLetters.EVENT_ID)));
        assertThat(header(dead, DeadLetters.REASON), containsString("numeric field overflow"));
        // unknown types are ignored as EVENTS.md promises, not dead letters
        assertThat(deadLetters.count(), equalTo(before + 3));
        given().when().get("/q/health/ready")
                .then().body("checks.find { it.name == 'dead-letters' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'dead-letters' }.data.count", equalTo((int) before + 3));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/followups/" + YEAR + "/activities?size=200")
                .then().body("items.title", not(hasItem("För stor")));
    }

    private static ConsumerRecord<String, String> awaitDeadLetter(Predicate<ConsumerRecord<String, String>> matching) {
        return TopicReader.await(PlanningFixture.PLANNING_TOPIC + DeadLetters.TOPIC_SUFFIX,
                r -> "followup-service".equals(header(r, DeadLetters.CONSUMER)) && matching.test(r), Duration.ofSeconds(60));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void aRemovedActivityTakesNoMoreOutcomes() {
        UUID plan = UUID.randomUUID();
        UUID area = UUID.randomUUID();
        UUID activityId = UUID.randomUUID();
        Map<String, Object> data = activity(activityId, plan, YEAR, area, "Samverkan", 1, "Nobelmötet");
        publish(YEAR, "ActivityPlanned.v1", data);
        awaitActivityKnown(WORKING_GROUP, YEAR, activityId);

        publish(YEAR, "ActivityRemoved.v1", data);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/followups/" + YEAR + "/activities?size=200")
                        .then().statusCode(200).body("items.id", not(hasItem(activityId.toString()))));

        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON)
                .body(Map.of("activityId", activityId, "status", "CANCELLED",
                        "narrative", List.of(paragraph("Ställdes in."))))
                .when().post("/api/v1/followups/" + YEAR + "/outcomes")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("okänd"));
    }

    @Test
    void aRenamedAreaRenamesItsActivities() {
        UUID plan = UUID.randomUUID();
        UUID area = UUID.randomUUID();
        UUID activityId = UUID.randomUUID();
        publish(YEAR, "AreaAdded.v1", PlanningFixture.area(area, plan, YEAR, 3, "Kommunikation"));
        publish(YEAR, "ActivityPlanned.v1", activity(activityId, plan, YEAR, area, "Kommunikation", 1, "Webbplatsen"));
        awaitActivityKnown(WORKING_GROUP, YEAR, activityId);

        publish(YEAR, "AreaChanged.v1", PlanningFixture.area(area, plan, YEAR, 3, "Kommunikation och organisation"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/followups/" + YEAR + "/activities?areaId=" + area)
                        .then().statusCode(200).body("items[0].areaName", equalTo("Kommunikation och organisation")));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/followups/" + YEAR + "/areas?size=200")
                .then().statusCode(200)
                .body("items.find { it.areaId == '" + area + "' }.name", equalTo("Kommunikation och organisation"));
    }
}
