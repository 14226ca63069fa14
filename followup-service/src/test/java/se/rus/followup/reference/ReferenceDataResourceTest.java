package se.rus.followup.reference;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class ReferenceDataResourceTest {

    @Test
    void shipsThe21CountiesInCodeOrder() {
        given().auth().oauth2(RusTestInfrastructure.countyToken("14")).when().get("/api/v1/counties")
                .then().statusCode(200)
                .body("$", hasSize(21))
                .body("[0].code", equalTo("01")).body("[0].name", equalTo("Stockholms län"))
                .body("[20].code", equalTo("25")).body("[20].letter", equalTo("BD"));
    }

    @Test
    void shipsTheGenerationalGoalAndSixteenObjectivesOfWhichThirteenAreAssessedRegionally() {
        given().auth().oauth2(RusTestInfrastructure.token("rus-working-group")).when().get("/api/v1/objectives")
                .then().statusCode(200)
                .body("$", hasSize(17))
                .body("findAll { it.assessedRegionally && it.number > 0 }", hasSize(13))
                .body("[10].name", equalTo("Hav i balans samt levande kust och skärgård"));
    }

    @Test
    void requiresAToken() {
        given().when().get("/api/v1/counties").then().statusCode(401).contentType("application/problem+json");
    }
}
