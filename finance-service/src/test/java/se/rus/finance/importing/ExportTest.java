package se.rus.finance.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rus.finance.FinanceApi.COUNTY;
import static se.rus.finance.FinanceApi.NATURVARDSVERKET;
import static se.rus.finance.FinanceApi.STEERING;
import static se.rus.finance.FinanceApi.WORKING_GROUP;
import static se.rus.finance.FinanceApi.entry;
import static se.rus.finance.FinanceApi.record;
import static se.rus.finance.FinanceApi.workingGroup;

/**
 * The export is the import document of the year: importing it changes nothing, and importing it into another year
 * (the ledger is append-only, so a year cannot be cleared) and exporting that gives the same document.
 */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class ExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void exportReimportsUnchangedAndRestoresIntoAnotherYear() throws Exception {
        String dataset = Files.readString(Path.of("../deploy/data/2024/finance.json"), StandardCharsets.UTF_8);
        workingGroup().body(dataset.replace("2024-", "2071-")).when().put("/api/v1/years/2071/import")
                .then().statusCode(200).body("entriesRecorded", equalTo(14));
        String otherPost = given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/years/2071/budget-posts")
                .then().statusCode(200).extract().path("items.find { it.name == 'Övrigt' }.id");
        String unreferenced = record(2071, entry(otherPost, "2071-11-30", "-1250.00", "Rättelse utan verifikationsnummer"));

        String exported = export(2071);
        JsonNode tree = JSON.readTree(exported);
        assertEquals("6000000.00", tree.get("appropriation").asText());
        assertEquals(4, tree.get("posts").size());
        assertEquals("2071-LON-001", tree.at("/posts/0/entries/0/externalRef").asText());
        assertEquals("57371.00", tree.at("/posts/0/entries/0/amount").asText());
        JsonNode correction = tree.at("/posts/3/entries/0");
        assertEquals(List.of(unreferenced, "-1250.00"), List.of(correction.get("externalRef").asText(),
                correction.get("amount").asText()));
        assertEquals(false, tree.get("close").asBoolean());

        // exactly what is stored: importing it again records, changes and sets nothing
        workingGroup().body(exported).when().put("/api/v1/years/2071/import").then().statusCode(200)
                .body("yearChanged", equalTo(false)).body("postsDefined", equalTo(0)).body("postsChanged", equalTo(0))
                .body("entriesRecorded", equalTo(0)).body("entriesUnchanged", equalTo(15))
                .body("coFinancingRecorded", equalTo(0)).body("outsideFundsNoted", equalTo(0))
                .body("deficitCoverageSet", equalTo(false));

        String moved = exported.replace("2071-", "2072-");
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/years/2072/export").then().statusCode(404);
        workingGroup().body(moved).when().put("/api/v1/years/2072/import").then().statusCode(200)
                .body("entriesRecorded", equalTo(15));
        assertEquals(JSON.readTree(moved), JSON.readTree(export(2072)));
    }

    @Test
    void aYearNeverOpenedIs404AndOnlyTheWorkingGroupExports() {
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/years/2098/export")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/years/1999/export")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        given().when().get("/api/v1/years/2098/export").then().statusCode(401);
        for (String token : List.of(STEERING, COUNTY, NATURVARDSVERKET)) {
            given().auth().oauth2(token).when().get("/api/v1/years/2098/export")
                    .then().statusCode(403).contentType(startsWith("application/problem+json"));
        }
    }

    private static String export(int year) {
        return given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/years/" + year + "/export")
                .then().statusCode(200).contentType(startsWith("application/json")).extract().asString();
    }
}
