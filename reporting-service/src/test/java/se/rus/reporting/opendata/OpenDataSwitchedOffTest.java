package se.rus.reporting.opendata;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * {@code RUS_OPEN_DATA=false}: every open path of reporting-service (the list, a year, a version, the Atom feed) is
 * the platform gate's 404 problem+json, preflights included and with no CORS grant, while the rest of the API answers.
 * The list and the feed answer 200 even without any approved report when open data is on, so a 404 here is the gate.
 */
@QuarkusTest
@TestProfile(OpenDataSwitchedOffTest.SwitchedOff.class)
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class OpenDataSwitchedOffTest {

    private static final String SWITCHED_OFF = "Öppna data är avstängda i denna installation";

    public static class SwitchedOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rus.open-data.enabled", "false");
        }
    }

    @Test
    void everyOpenPathIs404AndTheRestOfTheApiStillAnswers() {
        for (String path : List.of("/api/v1/open/reports", "/api/v1/open/reports/feed", "/api/v1/open/reports/2024",
                "/api/v1/open/reports/2024/versions/1", "/api/v1/open/reports/2024?format=markdown")) {
            given().header("Origin", "https://karta.example.org").when().get(path).then().statusCode(404)
                    .contentType("application/problem+json").body("status", equalTo(404))
                    .body("detail", equalTo(SWITCHED_OFF)).header("Access-Control-Allow-Origin", nullValue());
        }
        given().header("Origin", "https://karta.example.org").header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/open/reports").then().statusCode(404)
                .header("Access-Control-Allow-Origin", nullValue());
        given().auth().oauth2(RusTestInfrastructure.token("rus-working-group")).when().get("/api/v1/reports")
                .then().statusCode(200);
    }
}
