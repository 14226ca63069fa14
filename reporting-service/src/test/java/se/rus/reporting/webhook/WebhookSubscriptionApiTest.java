package se.rus.reporting.webhook;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rus.reporting.webhook.WebhookDeliveryTest.COUNTY_01;
import static se.rus.reporting.webhook.WebhookDeliveryTest.COUNTY_04;
import static se.rus.reporting.webhook.WebhookDeliveryTest.NATURVARDSVERKET;
import static se.rus.reporting.webhook.WebhookDeliveryTest.SUBSCRIPTIONS;
import static se.rus.reporting.webhook.WebhookDeliveryTest.WORKING_GROUP;
import static se.rus.reporting.webhook.WebhookDeliveryTest.subscribe;

/** The subscription API: every operation's happy path, 400 naming the field, 404, 409, 401 and 403. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class WebhookSubscriptionApiTest {

    @Test
    void targetsOutsideTheAllowListAreRefusedNamingUrl() {
        for (String url : List.of("http://localhost:9/hook", "https://localhost/hook", "https://10.0.0.1/hook",
                "http://10.0.0.1/hook", "https://169.254.169.254/latest/meta-data", "https://[::1]/hook", "inte en url")) {
            subscribe(WORKING_GROUP, url, "report.approved").statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("url"));
        }
    }

    @Test
    void eventTypesAreCheckedAgainstTheRole() {
        subscribe(COUNTY_01, "http://127.0.0.1:9/x", "report.approved").statusCode(400)
                .body("errors[0].field", equalTo("eventTypes"));
        subscribe(NATURVARDSVERKET, "http://127.0.0.1:9/x", "rau.submission.returned").statusCode(400)
                .body("errors[0].field", equalTo("eventTypes"));
        subscribe(WORKING_GROUP, "http://127.0.0.1:9/x", "report.exploded").statusCode(400)
                .body("errors[0].field", equalTo("eventTypes"));
        subscribe(WORKING_GROUP, "http://127.0.0.1:9/x").statusCode(400).body("errors[0].field", equalTo("eventTypes"));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(Map.of("eventTypes", List.of("report.approved")))
                .when().post(SUBSCRIPTIONS).then().statusCode(400).body("errors[0].field", containsString("url"));
        subscribe(NATURVARDSVERKET, "http://127.0.0.1:9/x", "report.approved", "rau.round.closed").statusCode(201);
        subscribe(COUNTY_01, "http://127.0.0.1:9/x", "rau.round.opened", "rau.submission.accepted").statusCode(201);
    }

    @Test
    void aSubscriptionIsReadChangedRotatedAndDeletedByItsOwnerOnly() {
        String id = subscribe(COUNTY_01, "http://127.0.0.1:9/own", "rau.round.opened").statusCode(201).extract().path("id");
        String path = SUBSCRIPTIONS + "/" + id;

        given().auth().oauth2(COUNTY_01).when().get(path).then().statusCode(200)
                .body("url", equalTo("http://127.0.0.1:9/own")).body("secret", nullValue()).body("enabled", equalTo(true));
        given().auth().oauth2(COUNTY_01).when().get(SUBSCRIPTIONS + "?size=200").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.ownerCountyCode", everyItem(equalTo("01")));
        given().auth().oauth2(COUNTY_04).when().get(SUBSCRIPTIONS + "?size=200").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(WORKING_GROUP).when().get(SUBSCRIPTIONS + "?size=200").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(COUNTY_01).when().get(SUBSCRIPTIONS + "?size=0").then().statusCode(400)
                .body("errors[0].field", containsString("size"));
        // another county's subscription does not exist for it
        given().auth().oauth2(COUNTY_04).when().get(path).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(NATURVARDSVERKET).when().delete(path).then().statusCode(404);
        given().auth().oauth2(COUNTY_01).when().get(SUBSCRIPTIONS + "/" + UUID.randomUUID()).then().statusCode(404);
        given().when().get(path).then().statusCode(401);

        // merge patch
        given().auth().oauth2(COUNTY_01).contentType("application/merge-patch+json; charset=UTF-8")
                .body("{\"eventTypes\": [\"rau.round.opened\", \"rau.submission.returned\"], \"description\": \"Ärendesystemet\"}")
                .when().patch(path).then().statusCode(200)
                .body("eventTypes", equalTo(List.of("rau.round.opened", "rau.submission.returned")))
                .body("description", equalTo("Ärendesystemet")).body("url", equalTo("http://127.0.0.1:9/own"));
        given().auth().oauth2(COUNTY_01).contentType("application/merge-patch+json; charset=UTF-8").body("{\"eventTypes\": [\"report.approved\"]}")
                .when().patch(path).then().statusCode(400).body("errors[0].field", equalTo("eventTypes"));
        given().auth().oauth2(COUNTY_01).contentType("application/merge-patch+json; charset=UTF-8").body("{\"url\": \"https://10.0.0.1/x\"}")
                .when().patch(path).then().statusCode(400).body("errors[0].field", equalTo("url"));
        given().auth().oauth2(COUNTY_01).contentType("application/merge-patch+json; charset=UTF-8").body("{\"url\": null}")
                .when().patch(path).then().statusCode(400).body("errors[0].field", containsString("url"));
        given().auth().oauth2(COUNTY_01).contentType("application/merge-patch+json; charset=UTF-8").body("{\"enabled\": false}")
                .when().patch(path).then().statusCode(200).body("enabled", equalTo(false))
                .body("disabledReason", containsString("Avstängd av"));
        given().auth().oauth2(COUNTY_01).when().post(path + "/test").then().statusCode(409);
        given().auth().oauth2(COUNTY_04).when().post(path + "/test").then().statusCode(404);

        // rotation: a new secret, the old one still signs for 24 h
        String secret = given().auth().oauth2(COUNTY_01).when().post(path + "/rotate-secret").then().statusCode(200)
                .body("secret", startsWith("whsec_")).extract().path("secret");
        String again = given().auth().oauth2(COUNTY_01).when().post(path + "/rotate-secret").then().statusCode(200)
                .extract().path("secret");
        assertNotEquals(secret, again);
        given().auth().oauth2(COUNTY_04).when().post(path + "/rotate-secret").then().statusCode(404);

        given().auth().oauth2(COUNTY_01).when().delete(path).then().statusCode(204);
        given().auth().oauth2(COUNTY_01).when().get(path).then().statusCode(404);
        given().auth().oauth2(COUNTY_01).when().delete(path).then().statusCode(404);
    }

    @Test
    void afterARotationBothSecretsSignAndARedeliveryRepeatsTheMessage() throws Exception {
        try (Receiver receiver = Receiver.start()) {
            var created = subscribe(WORKING_GROUP, receiver.url("/rotate"), "report.approved").statusCode(201);
            String id = created.extract().path("id");
            String old = created.extract().path("secret");
            String path = SUBSCRIPTIONS + "/" + id;
            String fresh = given().auth().oauth2(WORKING_GROUP).when().post(path + "/rotate-secret").then().statusCode(200)
                    .extract().path("secret");
            given().auth().oauth2(WORKING_GROUP).when().post(path + "/test").then().statusCode(202);
            await().atMost(Duration.ofSeconds(20)).until(() -> "DELIVERED".equals(given().auth().oauth2(WORKING_GROUP)
                    .when().get(path + "/deliveries").then().extract().path("items[0].state")));
            Receiver.Received first = receiver.at("/rotate").get(0);
            assertEquals(2, first.header("webhook-signature").split(" ").length);
            WebhookDeliveryTest.assertSigned(first, old, fresh);

            String delivery = given().auth().oauth2(WORKING_GROUP).when().get(path + "/deliveries").then().statusCode(200)
                    .body("items[0].state", equalTo("DELIVERED")).extract().path("items[0].id");
            int before = receiver.at("/rotate").size();
            given().auth().oauth2(WORKING_GROUP).when().post(path + "/deliveries/" + delivery + "/redeliver")
                    .then().statusCode(202).body("state", equalTo("PENDING"));
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.at("/rotate").size() > before);
            Receiver.Received second = receiver.at("/rotate").get(before);
            assertEquals(first.header("webhook-id"), second.header("webhook-id"));
            assertEquals(first.body(), second.body());
            given().auth().oauth2(WORKING_GROUP).when().post(path + "/deliveries/" + UUID.randomUUID() + "/redeliver")
                    .then().statusCode(404);
            given().auth().oauth2(COUNTY_01).when().post(path + "/deliveries/" + delivery + "/redeliver")
                    .then().statusCode(404);
            given().auth().oauth2(COUNTY_01).when().get(path + "/deliveries").then().statusCode(404);
            given().when().get(path + "/deliveries").then().statusCode(401);
            await().atMost(Duration.ofSeconds(10)).until(() -> "DELIVERED".equals(given().auth().oauth2(WORKING_GROUP)
                    .when().get(path + "/deliveries").then().extract().path("items[0].state")));
            assertTrue(given().auth().oauth2(WORKING_GROUP).when().get(path + "/deliveries").then()
                    .extract().<List<?>>path("items[0].attempts").size() >= 2);
        }
    }

    @Test
    void aRedeliveryOfAWaitingMessageIsAConflict() {
        String id = subscribe(WORKING_GROUP, "http://127.0.0.1:9/never", "report.approved").statusCode(201).extract().path("id");
        String path = SUBSCRIPTIONS + "/" + id;
        String delivery = given().auth().oauth2(WORKING_GROUP).when().post(path + "/test").then().statusCode(202)
                .extract().path("id");
        given().auth().oauth2(WORKING_GROUP).when().post(path + "/deliveries/" + delivery + "/redeliver")
                .then().statusCode(409).contentType("application/problem+json");
    }
}
