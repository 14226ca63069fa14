package se.rus.reporting.security;

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
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class AuthenticationTest {

    @Test
    void refusesMissingExpiredForeignAudienceBadlySignedAndUnsignedTokens() {
        ApiSecurityChecks.refusesMissingAndInvalidTokens("/api/v1/reports/2030/checks");
    }

    @Test
    void trustsTheSecondIssuerWithinTheTokensRole() {
        ApiSecurityChecks.acceptsTheSecondTrustedIssuer("/api/v1/reports/2030/versions", "county", "14");
        given().auth().oauth2(RusTestInfrastructure.secondIssuerToken("county", "14")).contentType(ContentType.JSON)
                .body(Map.of("approvedAt", "2041-02-05"))
                .when().post("/api/v1/reports/2040/approvals").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void leavesHealthAndTheContractOpen() {
        ApiSecurityChecks.leavesHealthAndTheContractOpen();
    }
}
