package se.rus.localstack.checks;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.rus.localstack.ApiSecurityChecks;
import se.rus.localstack.RusTestInfrastructure;

import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Bearer tokens: missing, expired, foreign, badly signed and unsigned ones are refused; the second trusted issuer's
 * tokens are accepted, within their role; health and the contract need none.
 */
public abstract class AuthenticationChecks {

    /** A caller of the second issuer: what it may read, and a write (POST) its role may not make. */
    public record SecondIssuerCaller(String role, String countyCode, String readPath, String forbiddenPost,
                                        Map<String, Object> forbiddenBody) {
    }

    private final String protectedPath;
    private final SecondIssuerCaller caller;

    /** {@code protectedPath}: a read every invalid token is sent to. */
    protected AuthenticationChecks(String protectedPath, SecondIssuerCaller caller) {
        this.protectedPath = protectedPath;
        this.caller = caller;
    }

    @Test
    void refusesMissingExpiredForeignAudienceBadlySignedAndUnsignedTokens() {
        ApiSecurityChecks.refusesMissingAndInvalidTokens(protectedPath);
    }

    @Test
    void trustsTheSecondIssuerWithinTheTokensRole() {
        ApiSecurityChecks.acceptsTheSecondTrustedIssuer(caller.readPath(), caller.role(), caller.countyCode());
        given().auth().oauth2(RusTestInfrastructure.secondIssuerToken(caller.role(), caller.countyCode()))
                .contentType(ContentType.JSON).body(caller.forbiddenBody())
                .when().post(caller.forbiddenPost()).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void leavesHealthAndTheContractOpen() {
        ApiSecurityChecks.leavesHealthAndTheContractOpen();
    }
}
