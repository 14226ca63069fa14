package se.rus.finance.security;

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
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class AuthenticationTest {

    @Test
    void refusesMissingExpiredForeignAudienceBadlySignedAndUnsignedTokens() {
        ApiSecurityChecks.refusesMissingAndInvalidTokens("/api/v1/years");
    }

    @Test
    void trustsTheSecondIssuerWithinTheTokensRole() {
        ApiSecurityChecks.acceptsTheSecondTrustedIssuer("/api/v1/years", "rus-steering", null);
        given().auth().oauth2(RusTestInfrastructure.secondIssuerToken("rus-steering", null)).contentType(ContentType.JSON)
                .body(Map.of("year", 2040, "appropriationName", "Anslag 1:2 Miljöövervakning", "appropriation", "6000000.00"))
                .when().post("/api/v1/years").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void leavesHealthAndTheContractOpen() {
        ApiSecurityChecks.leavesHealthAndTheContractOpen();
    }
}
