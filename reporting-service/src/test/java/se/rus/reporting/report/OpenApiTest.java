package se.rus.reporting.report;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class OpenApiTest {

    @Test
    void everyOperationIsDocumented() {
        String document = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        for (String operation : new String[]{"getReport", "getReportChecks", "getApprovedReport", "listReportVersions",
                "getReportVersion", "getReportDraft", "putReportDraft", "approveReport", "reopenReport",
                "rebuildProjections", "listReports"}) {
            assertThat(document, containsString("\"operationId\" : \"" + operation + "\""));
        }
        assertThat(document, containsString("\"examples\" : [ \"4945601.42\" ]"));
        // the deficit-only fields stay for existing consumers but say they are replaced by result
        assertThat(document, containsString("\"deprecated\" : true"));
        assertThat(document, containsString("\"ReportEconomicResult\""));
    }
}
