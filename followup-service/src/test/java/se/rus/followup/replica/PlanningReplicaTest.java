package se.rus.followup.replica;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.rus.followup.PlanningFixture;
import se.rus.localstack.RusTestInfrastructure;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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
    void unknownTypesAndBrokenRecordsAreSkippedWithoutStoppingTheConsumer() {
        UUID plan = UUID.randomUUID();
        UUID area = UUID.randomUUID();
        send(YEAR, "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID()
                + "\",\"type\":\"se.rus.planning.SomethingNew.v1\",\"data\":{}}");
        send(YEAR, "this is not JSON");
        send(YEAR, envelope(UUID.randomUUID(), "ActivityPlanned.v1", UUID.randomUUID(), Map.of("year", YEAR)));
        send(YEAR, envelope(UUID.randomUUID(), "MemberJoined.v1", UUID.randomUUID(),
                Map.of("id", UUID.randomUUID().toString(), "year", YEAR, "group", "WORKING", "name", "Anna")));
        UUID after = UUID.randomUUID();
        publish(YEAR, "ActivityPlanned.v1", activity(after, plan, YEAR, area, "Kommunikation", 1, "Miljömålsdagarna"));

        awaitActivityKnown(WORKING_GROUP, YEAR, after);
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
