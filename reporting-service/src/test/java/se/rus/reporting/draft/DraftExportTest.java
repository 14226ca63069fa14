package se.rus.reporting.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The export is the draft document of the year: putting it into an empty year and exporting gives the same. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class DraftExportTest {

    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theExportPutIntoAnEmptyYearExportsTheSameDocument() throws Exception {
        String dataset = Files.readString(Path.of("../deploy/data/2024/report.json"), StandardCharsets.UTF_8);
        put(2066, dataset);
        String exported = export(2066);
        // the export is exactly the dataset's document (nothing added, nothing lost)
        assertEquals(JSON.readTree(dataset), JSON.readTree(exported));

        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/2067/export").then().statusCode(404);
        put(2067, exported);
        assertEquals(JSON.readTree(exported), JSON.readTree(export(2067)));
    }

    @Test
    void aYearWithoutTextsIs404AndOnlyTheWorkingGroupExports() {
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/2095/export")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().when().get("/api/v1/reports/2095/export").then().statusCode(401);
        for (String token : List.of(RusTestInfrastructure.token("rus-steering"), RusTestInfrastructure.countyToken("01"),
                RusTestInfrastructure.token("naturvardsverket"))) {
            given().auth().oauth2(token).when().get("/api/v1/reports/2095/export")
                    .then().statusCode(403).contentType(startsWith("application/problem+json"));
        }
    }

    private static void put(int year, String document) {
        given().auth().oauth2(WORKING_GROUP).contentType(ContentType.JSON).body(document)
                .when().put("/api/v1/reports/" + year + "/draft").then().statusCode(201);
    }

    private static String export(int year) {
        return given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/" + year + "/export")
                .then().statusCode(200).contentType(startsWith("application/json")).extract().asString();
    }
}
