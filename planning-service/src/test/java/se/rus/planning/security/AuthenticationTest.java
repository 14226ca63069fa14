package se.rus.planning.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.rus.localstack.ApiSecurityChecks;
import se.rus.localstack.RusTestInfrastructure;

import java.util.Map;

import static io.restassured.RestAssured.given;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class AuthenticationTest {

    @Test
    void refusesMissingExpiredForeignAudienceBadlySignedAndUnsignedTokens() {
        ApiSecurityChecks.refusesMissingAndInvalidTokens("/api/v1/plans");
    }

    @Test
    void trustsTheSecondIssuerWithinTheTokensRole() {
        ApiSecurityChecks.acceptsTheSecondTrustedIssuer("/api/v1/plans", "county", "14");
        given().auth().oauth2(RusTestInfrastructure.secondIssuerToken("county", "14")).contentType(ContentType.JSON)
                .body(Map.of("year", 2040, "title", "RUS verksamhetsplan 2040", "periodStart", 2040, "periodEnd", 2042))
                .when().post("/api/v1/plans").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void leavesHealthAndTheContractOpen() {
        ApiSecurityChecks.leavesHealthAndTheContractOpen();
    }
}
