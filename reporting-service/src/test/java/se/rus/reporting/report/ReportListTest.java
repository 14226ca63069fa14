package se.rus.reporting.report;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.reporting.support.ContractEvents;
import se.rus.reporting.support.YearFixture;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Which years have a report, and that a year without a plan has none. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class ReportListTest {

    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    private static final String STEERING = RusTestInfrastructure.token("rus-steering");
    private static final String NATURVARDSVERKET = RusTestInfrastructure.token("naturvardsverket");
    private static final String COUNTY = RusTestInfrastructure.countyToken("21");

    @Test
    void listsTheYearsWithAReportAndNaturvardsverketOnlyTheApprovedOnes() {
        YearFixture planned = new YearFixture(2071);
        planned.planning().get(0).send();
        YearFixture approved = new YearFixture(2002);
        approved.all().forEach(ContractEvents.Sent::send);
        // 2073 has figures but no plan: no report
        YearFixture figuresOnly = new YearFixture(2073);
        figuresOnly.finance().forEach(ContractEvents.Sent::send);
        approved.awaitComplete(WORKING_GROUP);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/2071").then().statusCode(200));
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(approved.draft())
                .when().put("/api/v1/reports/2002/draft").then().statusCode(201);
        given().auth().oauth2(STEERING).contentType(ContentType.JSON).body(Map.of("approvedAt", "2003-02-05"))
                .when().post("/api/v1/reports/2002/approvals").then().statusCode(201);

        given().auth().oauth2(COUNTY).when().get("/api/v1/reports?size=200")
                .then().statusCode(200)
                .body("items.find { it.year == 2071 }.status", equalTo("DRAFT"))
                .body("items.find { it.year == 2071 }.latestVersion", nullValue())
                .body("items.find { it.year == 2071 }.approvedAt", nullValue())
                .body("items.find { it.year == 2002 }.status", equalTo("APPROVED"))
                .body("items.find { it.year == 2002 }.latestVersion", equalTo(1))
                .body("items.find { it.year == 2002 }.approvedAt", equalTo("2003-02-05"))
                .body("items.year", not(hasItem(2073)))
                .body("page", equalTo(0)).body("size", equalTo(200));
        given().auth().oauth2(NATURVARDSVERKET).when().get("/api/v1/reports?size=200")
                .then().statusCode(200)
                .body("items.year", hasItem(2002))
                .body("items.year", not(hasItem(2071)));

        given().auth().oauth2(STEERING).contentType(ContentType.JSON).body(Map.of("reason", "En siffra rättas"))
                .when().post("/api/v1/reports/2002/reopenings").then().statusCode(201);
        given().auth().oauth2(STEERING).when().get("/api/v1/reports?size=200")
                .then().statusCode(200)
                .body("items.find { it.year == 2002 }.status", equalTo("REOPENED"))
                .body("items.find { it.year == 2002 }.latestVersion", equalTo(1));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports?page=0&size=1")
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void aYearWithoutAPlanHasNoReportOrChecks() {
        YearFixture figuresOnly = new YearFixture(2074);
        figuresOnly.finance().forEach(ContractEvents.Sent::send);
        figuresOnly.followup().stream().filter(e -> e.envelope().contains("OutcomeRecorded")).forEach(ContractEvents.Sent::send);
        UUID marker = UUID.randomUUID();
        // a plan of another year arriving after 2074's figures proves they have been consumed
        ContractEvents.event(ContractEvents.PLANNING, 2075, "se.rus.planning.PlanCreated.v1", marker,
                ContractEvents.data("id", marker, "year", 2075, "title", "RUS verksamhetsplan 2075", "vision", null,
                        "periodStart", 2073, "periodEnd", 2075, "status", "DRAFT")).send();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/2075").then().statusCode(200));
        for (String path : List.of("/api/v1/reports/2074", "/api/v1/reports/2074/checks")) {
            given().auth().oauth2(WORKING_GROUP).when().get(path)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("detail", containsString("ingen verksamhetsplan"));
        }
        given().auth().oauth2(STEERING).contentType(ContentType.JSON).body(Map.of("approvedAt", "2075-02-05"))
                .when().post("/api/v1/reports/2074/approvals").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void markdownIsAskedForByAcceptOrByFormatMd() {
        YearFixture planned = new YearFixture(2076);
        planned.planning().get(0).send();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(WORKING_GROUP).accept("text/markdown").when().get("/api/v1/reports/2076")
                        .then().statusCode(200).contentType(startsWith("text/markdown"))
                        .body(containsString("# RUS verksamhetsberättelse 2076")));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/2076?format=md")
                .then().statusCode(200).contentType(startsWith("text/markdown"));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/2076?format=doc")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("format"));
    }

    @Test
    void theListValidatesItsPagingAndNeedsAReadingRole() {
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports?page=-1")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("page"));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports?size=500")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().when().get("/api/v1/reports").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(RusTestInfrastructure.token("rus-observer")).when().get("/api/v1/reports")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
