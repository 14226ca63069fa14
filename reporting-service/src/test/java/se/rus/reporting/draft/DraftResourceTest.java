package se.rus.reporting.draft;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.reporting.support.YearFixture;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class DraftResourceTest {

    private static final int YEAR = 2045;
    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    private static final String DRAFT = "/api/v1/reports/" + YEAR + "/draft";

    @Test
    void createsThenReplacesTheTextsWithOptimisticLocking() {
        Map<String, Object> draft = new YearFixture(YEAR).draft();
        String created = given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(draft)
                .when().put(DRAFT)
                .then().statusCode(201).header("Location", endsWith(DRAFT)).header("ETag", notNullValue())
                .body("title", equalTo("RUS verksamhetsberättelse " + YEAR))
                .body("introduction[0].kind", equalTo("PARAGRAPH"))
                .body("highlights", contains("Medarrangerat miljömålsdagarna i Luleå."))
                .body("updatedBy", equalTo("test-rus-working-group"))
                .extract().header("ETag");
        given().auth().oauth2(RusTestInfrastructure.countyToken("21")).when().get(DRAFT)
                .then().statusCode(200).header("ETag", equalTo(created))
                .body("introduction[0].wellFormed", nullValue());

        Map<String, Object> changed = new HashMap<>(draft);
        changed.put("title", "RUS verksamhetsberättelse " + YEAR + " (rev.)");
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(changed)
                .when().put(DRAFT).then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(changed).header("If-Match", "\"99\"")
                .when().put(DRAFT).then().statusCode(412);
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(changed).header("If-Match", created)
                .when().put(DRAFT)
                .then().statusCode(200).header("ETag", not(equalTo(created)))
                .body("title", equalTo("RUS verksamhetsberättelse " + YEAR + " (rev.)"));

        // texts alone make no report: a year has a report once its plan is known, and then the texts are in it
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/" + YEAR)
                .then().statusCode(404).contentType("application/problem+json");
        new YearFixture(YEAR).planning().get(0).send();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/" + YEAR)
                        .then().statusCode(200).body("title", equalTo("RUS verksamhetsberättelse " + YEAR + " (rev.)"))
                        .body("closingAssessment[0].text", notNullValue()));
    }

    @Test
    void namesTheInvalidField() {
        Map<String, Object> draft = new HashMap<>(new YearFixture(YEAR).draft());
        draft.put("title", " ");
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(draft)
                .when().put("/api/v1/reports/2046/draft")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("title"));
        draft.put("title", "RUS verksamhetsberättelse 2046");
        draft.put("introduction", List.of(Map.of("kind", "BULLETS")));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(draft)
                .when().put("/api/v1/reports/2046/draft")
                .then().statusCode(400).body("errors[0].field", equalTo("introduction[0]"));
        draft.put("introduction", List.of(Map.of("kind", "TABLE", "text", "x")));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(draft)
                .when().put("/api/v1/reports/2046/draft")
                .then().statusCode(400);
    }

    @Test
    void onlyTheWorkingGroupWritesAndNaturvardsverketDoesNotReadDrafts() {
        Map<String, Object> draft = new YearFixture(2046).draft();
        given().auth().oauth2(RusTestInfrastructure.countyToken("01")).contentType(ContentType.JSON).body(draft)
                .when().put("/api/v1/reports/2046/draft").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(RusTestInfrastructure.token("rus-steering")).contentType(ContentType.JSON).body(draft)
                .when().put("/api/v1/reports/2046/draft").then().statusCode(403);
        given().auth().oauth2(RusTestInfrastructure.token("naturvardsverket")).when().get(DRAFT).then().statusCode(403);
        given().contentType(ContentType.JSON).body(draft).when().put("/api/v1/reports/2046/draft").then().statusCode(401);
    }

    @Test
    void aYearWithoutTextsIsNotFound() {
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/2047/draft")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/1999/draft")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
