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
     * Claims are read by their JSON type: a {@code groups} claim given as one space-separated string is ONE group
     * name (so {@code "naturvardsverket rus-working-group"} grants nothing), and a {@code county_code} given as a
     * number or an array is no county code. None of them may fail the request. A county token must name one of the
     * 21 county codes as a string: missing, blank, unknown ({@code "99"}) or of another JSON type, it is refused with
     * 403 on every operation, reads included, saying why. {@code readPath} is a GET that {@code readRole} may call.
     */
    public static void readsClaimsByTheirType(String readPath, String readRole) {
        JwtMinter minter = RusTestInfrastructure.minter();
        java.time.Duration validFor = java.time.Duration.ofMinutes(5);

        boolean countyRead = readRole.equals("county");
        java.util.Map<String, Object> oneString = minter.standardClaims("claims-one-string", validFor);
        oneString.put("groups", readRole);
        if (countyRead) {
            oneString.put("county_code", "01");
        }
        given().auth().oauth2(minter.sign(oneString)).when().get(readPath).then().statusCode(200);

        java.util.Map<String, Object> spaceSeparated = minter.standardClaims("claims-space-separated", validFor);
        spaceSeparated.put("groups", "naturvardsverket " + readRole + " rus-working-group");
        String escalating = minter.sign(spaceSeparated);
        given().auth().oauth2(escalating).when().get(readPath).then().statusCode(403).contentType("application/problem+json");

        java.util.Map<String, Object> notStrings = minter.standardClaims("claims-not-strings", validFor);
        notStrings.put("groups", java.util.List.of(1, java.util.Map.of("role", "rus-working-group"), readRole));
        if (countyRead) {
            notStrings.put("county_code", "01");
        }
        given().auth().oauth2(minter.sign(notStrings)).when().get(readPath).then().statusCode(200);

        java.util.List<Object> noCountyCodes = new java.util.ArrayList<>(java.util.List.of(1, java.util.List.of("01"),
                java.util.Map.of("code", "01"), true, "", " ", "99", "00", "1", "01 ", "AB"));
        noCountyCodes.add(null); // the claim missing altogether
        for (Object countyCode : noCountyCodes) {
            java.util.Map<String, Object> claims = minter.standardClaims("claims-county-code", validFor);
            claims.put("groups", java.util.List.of(readRole));
            if (countyCode != null) {
                claims.put("county_code", countyCode);
            }
            claims.put("organisation", java.util.List.of("Länsstyrelsen"));
            var answer = given().auth().oauth2(minter.sign(claims)).when().get(readPath).then();
            if (countyRead) {
                answer.statusCode(403).contentType("application/problem+json")
                        .body("detail", org.hamcrest.Matchers.containsString("county_code"));
            } else {
                answer.statusCode(200);
            }
        }
        if (countyRead) {
            for (String county : java.util.List.of("01", "03", "14", "25")) {
                java.util.Map<String, Object> claims = minter.standardClaims("claims-county-code", validFor);
                claims.put("groups", java.util.List.of(readRole));
                claims.put("county_code", county);
                given().auth().oauth2(minter.sign(claims)).when().get(readPath).then().statusCode(200);
            }
        }
        // the longest lifetime accepted (12 hours); longer ones are among RusTestInfrastructure.invalidTokens()
        given().auth().oauth2(minter.mint("twelve-hours", readRole, countyRead ? "01" : null, java.time.Duration.ofHours(12)))
                .when().get(readPath).then().statusCode(200);
    }

    /**
     * Health, metrics (scraped by Prometheus without a token) and the OpenAPI contract stay readable without a
     * token, and the contract documents the bearer scheme and, per operation, the roles that may call it.
     */
    public static void leavesHealthAndTheContractOpen() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
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
