package se.rus.localstack;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static io.restassured.RestAssured.given;

/**
 * The sorting rules every service's lists must keep, checked the same way in each service: each list documents
 * {@code ?sort} as a comma-separated array of an enum ({@code field}, {@code -field}); every documented value is
 * accepted, all of them together too, and an unknown field is a 400 naming {@code sort} that lists exactly the
 * documented fields, so the contract and the service cannot drift apart.
 */
public final class SortChecks {

    private SortChecks() {
    }

    /**
     * Checks every GET operation of the running service's contract that has a {@code sort} parameter;
     * {@code concretePath} turns a templated path ({@code /api/v1/plans/{year}/areas}) into one that exists.
     * Returns the templated paths checked.
     */
    @SuppressWarnings("unchecked")
    public static List<String> everyDocumentedSortIsAcceptedAndNothingElse(String token, UnaryOperator<String> concretePath) {
        JsonPath contract = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = contract.getMap("paths");
        List<String> checked = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        paths.forEach((path, operations) -> {
            Map<String, Object> get = (Map<String, Object>) operations.get("get");
            if (get == null) {
                return;
            }
            for (Map<String, Object> parameter : (List<Map<String, Object>>) get.getOrDefault("parameters", List.of())) {
                if (!"sort".equals(parameter.get("name"))) {
                    continue;
                }
                checked.add(path);
                Map<String, Object> schema = (Map<String, Object>) parameter.get("schema");
                if (!"array".equals(schema.get("type")) || !"form".equals(parameter.get("style"))
                        || !Boolean.FALSE.equals(parameter.get("explode"))) {
                    failures.add(path + ": sort is not documented as a comma-separated array: " + parameter);
                    continue;
                }
                List<String> values = (List<String>) ((Map<String, Object>) schema.get("items")).get("enum");
                Set<String> fields = new LinkedHashSet<>();
                values.forEach(value -> fields.add(value.startsWith("-") ? value.substring(1) : value));
                String url = concretePath.apply(path);
                List<String> everyField = new ArrayList<>();
                for (String value : values) {
                    expectOk(token, url, value, path, failures);
                }
                fields.forEach(field -> everyField.add(everyField.size() % 2 == 0 ? field : "-" + field));
                expectOk(token, url, String.join(",", everyField), path, failures);
                Response unknown = given().auth().oauth2(token).queryParam("sort", "-okäntFält").when().get(url);
                String expectedList = "tillåtna: " + String.join(", ", fields);
                Object field = unknown.path("errors[0].field");
                Object message = unknown.path("errors[0].message");
                if (unknown.statusCode() != 400 || !unknown.contentType().startsWith("application/problem+json")
                        || !"sort".equals(field) || !String.valueOf(message).endsWith(expectedList)) {
                    failures.add(path + ": an unknown sort field answers " + unknown.statusCode() + " "
                            + unknown.asString() + ", expected a 400 naming sort and ending '" + expectedList + "'");
                }
            }
        });
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
        return checked;
    }

    private static void expectOk(String token, String url, String sort, String path, List<String> failures) {
        Response response = given().auth().oauth2(token).queryParam("sort", sort).when().get(url);
        if (response.statusCode() != 200) {
            failures.add(path + "?sort=" + sort + " answers " + response.statusCode() + ": " + response.asString());
        }
    }
}
