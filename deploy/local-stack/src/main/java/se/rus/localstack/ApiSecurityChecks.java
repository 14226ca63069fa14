package se.rus.localstack;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The authentication rules every service's API must keep, checked the same way in each service. */
public final class ApiSecurityChecks {

    private ApiSecurityChecks() {
    }

    /** No token and every kind of invalid token get 401 problem+json on {@code path}. */
    public static void refusesMissingAndInvalidTokens(String path) {
        given().when().get(path).then().statusCode(401).contentType("application/problem+json");
        RusTestInfrastructure.invalidTokens().forEach((why, token) ->
                given().auth().oauth2(token).when().get(path)
                        .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401)));
    }

    /** A token of the second trusted identity provider is accepted on {@code path}. */
    public static void acceptsTheSecondTrustedIssuer(String path, String role, String countyCode) {
        given().auth().oauth2(RusTestInfrastructure.secondIssuerToken(role, countyCode)).when().get(path)
                .then().statusCode(200);
    }

    /**
     * Health and the OpenAPI contract stay readable without a token, and the contract documents the
     * bearer scheme and, per operation, the roles that may call it.
     */
    public static void leavesHealthAndTheContractOpen() {
        given().when().get("/q/health/ready").then().statusCode(200);
        io.restassured.path.json.JsonPath contract = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .extract().jsonPath();
        java.util.List<Object> documentedRoles = contract.getList(
                "paths.values().collectMany { it.values().findAll { it instanceof Map && it.security } "
                        + "}.collectMany { it.security.collectMany { it.bearer ?: [] } }.unique()");
        if (!documentedRoles.contains("rus-working-group")) {
            throw new AssertionError("no operation documents its roles in the contract: " + documentedRoles);
        }
    }
}
