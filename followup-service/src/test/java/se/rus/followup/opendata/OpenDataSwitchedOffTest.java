package se.rus.followup.opendata;

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

/** {@code RUS_OPEN_DATA=false}: every open path is 404 problem+json, the rest of the API is untouched. */
@QuarkusTest
@TestProfile(OpenDataSwitchedOffTest.SwitchedOff.class)
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class OpenDataSwitchedOffTest {

    public static class SwitchedOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rus.open-data.enabled", "false");
        }
    }

    @Test
    void everyOpenPathIs404AndTheRestOfTheApiStillAnswers() {
        for (String path : List.of("/api/v1/open/rau/assessments", "/api/v1/open/rau/objectives/FRISK_LUFT",
                "/api/v1/open/catalog")) {
            given().header("Origin", "https://karta.example.org").when().get(path).then().statusCode(404)
                    .contentType("application/problem+json").body("status", equalTo(404));
        }
        given().auth().oauth2(RusTestInfrastructure.token("rus-working-group")).when().get("/api/v1/counties")
                .then().statusCode(200);
    }
}
