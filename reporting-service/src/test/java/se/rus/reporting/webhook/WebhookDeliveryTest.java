package se.rus.reporting.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.reporting.support.ContractEvents;
import se.rus.reporting.support.YearFixture;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rus.reporting.support.ContractEvents.data;

/** Webhooks end to end: real events in, a real HTTP receiver out, signatures checked by the receiver's own code. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class WebhookDeliveryTest {

    static final String SUBSCRIPTIONS = "/api/v1/webhooks/subscriptions";
    static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    static final String STEERING = RusTestInfrastructure.token("rus-steering");
    static final String NATURVARDSVERKET = RusTestInfrastructure.token("naturvardsverket");
    static final String COUNTY_01 = RusTestInfrastructure.countyToken("01");
    static final String COUNTY_04 = RusTestInfrastructure.countyToken("04");
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    static ValidatableResponse subscribe(String token, String url, String... types) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", List.of(types), "description", "Testmottagare"))
                .when().post(SUBSCRIPTIONS).then();
    }

    static Map<String, Object> roundState(int year, UUID id, String status, String... counties) {
        return data("id", id.toString(), "year", year, "instructions", "Bedöm målen", "deadline", year + "-10-31",
                "objectiveCodes", List.of("M01", "M02"), "countyCodes", List.of(counties), "status", status);
    }

    static Map<String, Object> submission(int year, UUID id, String county, String status) {
        return data("id", id.toString(), "year", year, "countyCode", county, "objectiveCode", "M01",
                "assessment", "CLOSE", "trend", "POSITIVE", "summary", "Sammanfattning", "measures", "Åtgärder",
                "status", status, "reviewerComment", "Komplettera", "late", false, "submittedAt", Instant.now().toString());
    }

    static void followup(int year, String type, UUID subject, Map<String, Object> data) {
        ContractEvents.event(ContractEvents.FOLLOWUP, year, "se.rus.followup." + type, subject, data).send();
    }

    static void assertSigned(Receiver.Received request, String... secrets) {
        String id = request.header("webhook-id");
        String timestamp = request.header("webhook-timestamp");
        String signature = request.header("webhook-signature");
        assertNotNull(id);
        assertTrue(id.startsWith("msg_"), id);
        for (String secret : secrets) {
            assertTrue(StandardWebhooksVerifier.verify(secret, id, timestamp, request.body(), signature),
                    "signature verifies with " + secret + ": " + signature);
        }
        assertTrue(!StandardWebhooksVerifier.verify(secret(), id, timestamp, request.body(), signature),
                "a different secret does not verify");
        assertTrue(!StandardWebhooksVerifier.verify(secrets[0], id, timestamp, request.body() + " ", signature),
                "a changed body does not verify");
    }

    private static String secret() {
        return Signatures.newSecret();
    }

    @Test
    void aReceiverDownForAWhileGetsEveryMessageOnceInOrderSigned() throws Exception {
        int year = 2091;
        int port = Receiver.freePort();
        String url = "http://127.0.0.1:" + port + "/lst01";
        ValidatableResponse created = subscribe(COUNTY_01, url, "rau.round.opened", "rau.round.changed",
                "rau.round.closed", "rau.submission.returned").statusCode(201)
                .header("Location", containsString(SUBSCRIPTIONS + "/"))
                .body("secret", startsWith("whsec_")).body("ownerRole", equalTo("county"))
                .body("ownerCountyCode", equalTo("01"));
        String id = created.extract().path("id");
        String secret = created.extract().path("secret");

        UUID round = UUID.randomUUID();
        UUID own = UUID.randomUUID();
        followup(year, "RauRoundOpened.v1", round, roundState(year, round, "OPEN", "01", "04"));
        followup(year, "RauRoundChanged.v1", round, roundState(year, round, "OPEN", "01", "04", "03"));
        followup(year, "RauReturned.v1", own, submission(year, own, "01", "RETURNED"));
        followup(year, "RauRoundClosed.v1", round, roundState(year, round, "CLOSED", "01", "04", "03"));

        // nobody listens: the first message is tried again and again, the others wait behind it
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<Object> attempts = given().auth().oauth2(COUNTY_01).when().get(SUBSCRIPTIONS + "/" + id + "/deliveries?size=10")
                    .then().statusCode(200).extract().path("items.attempts.flatten()");
            return attempts.size() >= 3;
        });
        given().auth().oauth2(COUNTY_01).when().get(SUBSCRIPTIONS + "/" + id + "/deliveries")
                .then().body("totalItems", equalTo(4))
                .body("items[3].eventType", equalTo("rau.round.opened"))
                .body("items[3].state", equalTo("PENDING"))
                .body("items[3].attempts[0].status", equalTo(null))
                .body("items[3].attempts[0].error", containsString("nå mottagaren"))
                .body("items[0].attempts.size()", equalTo(0));

        try (Receiver receiver = Receiver.on(port)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.at("/lst01").size() >= 4);
            Thread.sleep(1000); // nothing more arrives
            List<Receiver.Received> got = receiver.at("/lst01");
            assertEquals(4, got.size(), "each message once");
            List<String> types = new ArrayList<>();
            for (Receiver.Received request : got) {
                assertSigned(request, secret);
                JsonNode event = JSON.readTree(request.body());
                assertEquals("1.0", event.get("specversion").asText());
                assertEquals("application/json", request.header("content-type"));
                types.add(event.get("type").asText());
            }
            assertEquals(List.of("rau.round.opened", "rau.round.changed", "rau.submission.returned", "rau.round.closed"), types);
            JsonNode returned = JSON.readTree(got.get(2).body());
            assertEquals("01", returned.at("/data/countyCode").asText());
            assertEquals("http://localhost:8083/api/v1/rau/" + year + "/submissions/" + own,
                    returned.at("/data/links/self").asText());
            assertEquals(own.toString(), returned.at("/data/id").asText());
        }
        given().auth().oauth2(COUNTY_01).when().get(SUBSCRIPTIONS + "/" + id + "/deliveries")
                .then().body("items.state", equalTo(List.of("DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED")))
                .body("items[3].attempts[-1].status", equalTo(200));
    }

    @Test
    void retriesAfterA500AndATimeoutCarryTheSameWebhookId() throws Exception {
        try (Receiver receiver = Receiver.start()) {
            receiver.script("/retry", 500, Receiver.HANG, 503);
            ValidatableResponse created = subscribe(WORKING_GROUP, receiver.url("/retry"), "report.approved").statusCode(201);
            String id = created.extract().path("id");
            String secret = created.extract().path("secret");
            given().auth().oauth2(WORKING_GROUP).when().post(SUBSCRIPTIONS + "/" + id + "/test")
                    .then().statusCode(202).body("eventType", equalTo("webhook.test")).body("state", equalTo("PENDING"));

            await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(WORKING_GROUP)
                    .when().get(SUBSCRIPTIONS + "/" + id + "/deliveries").then().extract().path("items[0].state").equals("DELIVERED"));
            List<Receiver.Received> got = receiver.at("/retry");
            assertEquals(4, got.size());
            assertEquals(1, got.stream().map(r -> r.header("webhook-id")).distinct().count(), "one webhook-id on every try");
            assertEquals(1, got.stream().map(Receiver.Received::body).distinct().count(), "one body on every try");
            got.forEach(request -> assertSigned(request, secret));

            List<Map<String, Object>> attempts = given().auth().oauth2(WORKING_GROUP)
                    .when().get(SUBSCRIPTIONS + "/" + id + "/deliveries").then().statusCode(200)
                    .body("items[0].messageId", equalTo(got.get(0).header("webhook-id")))
                    .extract().path("items[0].attempts");
            assertEquals(List.of(500, 0, 503, 200), attempts.stream()
                    .map(a -> a.get("status") == null ? 0 : (Integer) a.get("status")).toList());
            assertTrue(String.valueOf(attempts.get(1).get("error")).contains("tidsgränsen"), attempts.toString());
            StringBuilder schedule = new StringBuilder("[webhooks] retry schedule observed:");
            for (int i = 0; i < got.size(); i++) {
                schedule.append(" attempt ").append(i + 1).append(" at +")
                        .append(Duration.between(got.get(0).at(), got.get(i).at()).toMillis()).append(" ms (")
                        .append(attempts.get(i).get("status")).append(")");
            }
            System.out.println(schedule);
            System.out.println("[webhooks] one delivery: headers " + Map.of("webhook-id", got.get(3).header("webhook-id"),
                    "webhook-timestamp", got.get(3).header("webhook-timestamp"),
                    "webhook-signature", got.get(3).header("webhook-signature"),
                    "content-type", got.get(3).header("content-type")) + " body " + got.get(3).body());
        }
    }

    @Test
    void goneDisablesTheSubscriptionAndSaysWhy() throws Exception {
        try (Receiver receiver = Receiver.start()) {
            receiver.script("/gone", 410);
            String id = subscribe(NATURVARDSVERKET, receiver.url("/gone"), "report.approved").statusCode(201)
                    .extract().path("id");
            given().auth().oauth2(NATURVARDSVERKET).when().post(SUBSCRIPTIONS + "/" + id + "/test").then().statusCode(202);
            await().atMost(Duration.ofSeconds(20)).until(() -> Boolean.FALSE.equals(given().auth().oauth2(NATURVARDSVERKET)
                    .when().get(SUBSCRIPTIONS + "/" + id).then().extract().path("enabled")));
            given().auth().oauth2(NATURVARDSVERKET).when().get(SUBSCRIPTIONS + "/" + id)
                    .then().body("disabledReason", containsString("410"));
            assertEquals(1, receiver.at("/gone").size(), "not tried again");
            given().auth().oauth2(NATURVARDSVERKET).when().post(SUBSCRIPTIONS + "/" + id + "/test")
                    .then().statusCode(409).contentType("application/problem+json");

            // enabled again, the waiting message goes out
            given().auth().oauth2(NATURVARDSVERKET).contentType("application/merge-patch+json; charset=UTF-8").body("{\"enabled\": true}")
                    .when().patch(SUBSCRIPTIONS + "/" + id).then().statusCode(200).body("enabled", equalTo(true))
                    .body("disabledReason", equalTo(null));
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.at("/gone").size() == 2);
        }
    }

    @Test
    void threeDaysOfFailureDisableTheSubscription() throws Exception {
        try (Receiver receiver = Receiver.start()) {
            receiver.script("/failing", 500, 500, 500, 500, 500, 500, 500, 500, 500, 500);
            String id = subscribe(WORKING_GROUP, receiver.url("/failing"), "report.approved").statusCode(201)
                    .extract().path("id");
            given().auth().oauth2(WORKING_GROUP).when().post(SUBSCRIPTIONS + "/" + id + "/test").then().statusCode(202);
            await().atMost(Duration.ofSeconds(20)).until(() -> !receiver.at("/failing").isEmpty());
            // the failures began three days ago (the test cannot wait that long)
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                            "UPDATE webhook_subscription SET failing_since = :since WHERE id = :id")
                    .setParameter("since", Instant.now().minus(3, ChronoUnit.DAYS).minusSeconds(60))
                    .setParameter("id", UUID.fromString(id)).executeUpdate());
            await().atMost(Duration.ofSeconds(20)).until(() -> Boolean.FALSE.equals(given().auth().oauth2(WORKING_GROUP)
                    .when().get(SUBSCRIPTIONS + "/" + id).then().extract().path("enabled")));
            given().auth().oauth2(WORKING_GROUP).when().get(SUBSCRIPTIONS + "/" + id)
                    .then().body("disabledReason", containsString("misslyckats sedan"))
                    .body("disabledReason", containsString("500"));
        }
    }

    @Test
    void aCountyNeverReceivesAnotherCountysEvents() throws Exception {
        int year = 2092;
        try (Receiver receiver = Receiver.start()) {
            String types[] = {"rau.round.opened", "rau.submission.returned", "rau.submission.accepted"};
            String secret01 = subscribe(COUNTY_01, receiver.url("/c01"), types).statusCode(201).extract().path("secret");
            subscribe(COUNTY_04, receiver.url("/c04"), types).statusCode(201);
            String wg = subscribe(WORKING_GROUP, receiver.url("/wg"), types).statusCode(201).extract().path("secret");

            UUID round = UUID.randomUUID();
            UUID theirs = UUID.randomUUID();
            UUID theirsAccepted = UUID.randomUUID();
            UUID own = UUID.randomUUID();
            followup(year, "RauRoundOpened.v1", round, roundState(year, round, "OPEN", "04", "03"));
            followup(year, "RauReturned.v1", theirs, submission(year, theirs, "04", "RETURNED"));
            followup(year, "RauAccepted.v1", theirsAccepted, submission(year, theirsAccepted, "04", "ACCEPTED"));
            followup(year, "RauAccepted.v1", own, submission(year, own, "01", "ACCEPTED"));

            // the last event reaching county 01 means every earlier one was applied (one partition, in order)
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.at("/c01").size() >= 1 && receiver.at("/wg").size() >= 4);
            Thread.sleep(500);
            List<Receiver.Received> county01 = receiver.at("/c01");
            assertEquals(1, county01.size(), "county 01 receives only its own submission");
            assertSigned(county01.get(0), secret01);
            assertEquals(own.toString(), JSON.readTree(county01.get(0).body()).at("/data/id").asText());
            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.at("/c04").size() == 3);
            assertEquals(4, receiver.at("/wg").size(), "the working group receives all");
            assertSigned(receiver.at("/wg").get(0), wg);
            for (Receiver.Received request : receiver.at("/c04")) {
                assertTrue(!request.body().contains("\"countyCode\":\"01\""), request.body());
            }
        }
    }

    @Test
    void approvalAndReopeningReachNaturvardsverket() throws Exception {
        int year = 2016; // approved below, so a past year (an approval is never dated after today)
        try (Receiver receiver = Receiver.start()) {
            String secret = subscribe(NATURVARDSVERKET, receiver.url("/nv"), "report.approved", "report.reopened")
                    .statusCode(201).extract().path("secret");
            YearFixture fixture = new YearFixture(year);
            fixture.all().forEach(ContractEvents.Sent::send);
            fixture.awaitComplete(WORKING_GROUP);
            given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(fixture.draft())
                    .when().put("/api/v1/reports/" + year + "/draft").then().statusCode(201);
            given().auth().oauth2(STEERING).contentType(ContentType.JSON).body(Map.of("approvedAt", year + 1 + "-02-05"))
                    .when().post("/api/v1/reports/" + year + "/approvals").then().statusCode(201);
            given().auth().oauth2(STEERING).contentType(ContentType.JSON).body(Map.of("reason", "Utfallet rättas"))
                    .when().post("/api/v1/reports/" + year + "/reopenings").then().statusCode(201);

            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.at("/nv").size() >= 2);
            JsonNode approved = JSON.readTree(receiver.at("/nv").get(0).body());
            JsonNode reopened = JSON.readTree(receiver.at("/nv").get(1).body());
            receiver.at("/nv").forEach(request -> assertSigned(request, secret));
            assertEquals("report.approved", approved.get("type").asText());
            assertEquals(1, approved.at("/data/version").asInt());
            String version = "http://localhost:8084/api/v1/reports/" + year + "/versions/1";
            assertEquals(version, approved.at("/data/links/self").asText());
            for (String format : List.of("json", "markdown", "html", "pdf")) {
                assertEquals(version + "?format=" + format, approved.at("/data/links/" + format).asText());
            }
            assertEquals("report.reopened", reopened.get("type").asText());
            assertEquals(1, reopened.at("/data/afterVersion").asInt());
            assertNull(reopened.at("/data").get("reason"), "the reason is not Naturvårdsverket's to read");
        }
    }
}
