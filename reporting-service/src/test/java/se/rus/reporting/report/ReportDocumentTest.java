package se.rus.reporting.report;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.reporting.support.ContractEvents;
import se.rus.reporting.support.YearFixture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/**
 * {@code getReportDocument}: the report's Markdown, HTML and PDF by a typed {@code format}, whatever the Accept
 * (a generated client lists every type it knows), while {@code getReport} keeps one JSON type for its clients.
 */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class ReportDocumentTest {

    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    private static final int YEAR = 2063;
    private static final String DOCUMENT = "/api/v1/reports/" + YEAR + "/document";
    /** What OpenAPI Generator's Java client sends for this operation. */
    private static final String GENERATED_ACCEPT = "text/markdown, text/html, application/pdf, application/problem+json";

    @Test
    void servesEachDocumentByItsFormatWhateverTheAcceptOrder() {
        YearFixture year = new YearFixture(YEAR);
        year.all().forEach(ContractEvents.Sent::send);
        year.awaitComplete(WORKING_GROUP);

        given().auth().oauth2(WORKING_GROUP).accept(GENERATED_ACCEPT).queryParam("format", "markdown")
                .when().get(DOCUMENT)
                .then().statusCode(200).contentType(startsWith("text/markdown")).header("ETag", notNullValue())
                .body(startsWith("**RUS – Regional utveckling"), containsString("\n# RUS verksamhetsberättelse " + YEAR + "\n"));
        given().auth().oauth2(WORKING_GROUP).accept(GENERATED_ACCEPT).queryParam("format", "html")
                .when().get(DOCUMENT)
                .then().statusCode(200).contentType(startsWith("text/html"));
        given().auth().oauth2(WORKING_GROUP).accept(GENERATED_ACCEPT).queryParam("format", "pdf")
                .when().get(DOCUMENT)
                .then().statusCode(200).contentType(startsWith("application/pdf"));
    }

    @Test
    void refusesJsonAMissingFormatAYearWithoutPlanAndNoToken() {
        for (String format : new String[] {"json", "docx", ""}) {
            given().auth().oauth2(WORKING_GROUP).accept(GENERATED_ACCEPT).queryParam("format", format)
                    .when().get(DOCUMENT)
                    .then().statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo("format"));
        }
        given().auth().oauth2(WORKING_GROUP).accept(GENERATED_ACCEPT).queryParam("format", "markdown")
                .when().get("/api/v1/reports/2093/document")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().accept(GENERATED_ACCEPT).queryParam("format", "markdown").when().get(DOCUMENT)
                .then().statusCode(401);
    }
}
