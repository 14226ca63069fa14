package se.rus.finance.importing;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rus.finance.FinanceApi.STEERING;
import static se.rus.finance.FinanceApi.WORKING_GROUP;
import static se.rus.finance.FinanceApi.as;
import static se.rus.finance.FinanceApi.workingGroup;

/** The transcribed 2024 dataset of the suite (deploy/data/2024/finance.json) reproduces the report. */
@QuarkusTest
@WithTestResource(DatasetDatabase.class)
class Dataset2024ImportTest {

    private static final Path DATASET = Path.of("../deploy/data/2024/finance.json");

    @Test
    void theDatasetImportsIdempotentlyAndYieldsThe2024Table() throws IOException {
        String dataset = Files.readString(DATASET, StandardCharsets.UTF_8);
        workingGroup().body(dataset).when().put("/api/v1/years/2024/import").then().statusCode(200)
                .body("postsDefined", equalTo(4)).body("entriesRecorded", equalTo(14));
        workingGroup().body(dataset).when().put("/api/v1/years/2024/import").then().statusCode(200)
                .body("postsDefined", equalTo(0)).body("postsChanged", equalTo(0))
                .body("entriesRecorded", equalTo(0)).body("entriesUnchanged", equalTo(14))
                .body("coFinancingRecorded", equalTo(0)).body("deficitCoverageSet", equalTo(false));

        as(STEERING).when().get("/api/v1/years/2024/summary").then().statusCode(200)
                .body("appropriation", equalTo("6000000.00"))
                .body("keyDistributed", equalTo("1500000.00"))
                .body("rows.name", contains("Löner, resor m.m. RUS", "Arrangemang", "Projekt/insatser", "Övrigt"))
                .body("rows.budget", contains("3700000.00", "200000.00", "550000.00", "50000.00"))
                .body("rows.outcome", contains("4259660.71", "234440.00", "451500.71", "0.00"))
                .body("totalBudget", equalTo("4500000.00"))
                .body("totalOutcome", equalTo("4945601.42"))
                .body("result.kind", equalTo("DEFICIT"))
                .body("result.amount", equalTo("445601.42"))
                .body("coFinancing.total", equalTo("220000.00"))
                .body("resultAfterCoFinancing.kind", equalTo("DEFICIT"))
                .body("resultAfterCoFinancing.amount", equalTo("225601.42"))
                .body("outsideFunds[0].amount", equalTo("21327.47"))
                .body("deficitCoverage.coveredBy", contains("Kvarvarande fördelade nyckelmedel", "Länsstyrelsen Gävleborg"));

        String sie = new String(given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/years/2024/sie")
                .then().statusCode(200).extract().asByteArray(), Charset.forName("IBM437"));
        Matcher trans = Pattern.compile("#TRANS (\\d{4}) \\{\\} (-?\\d+\\.\\d{2}) ").matcher(sie);
        Map<String, BigDecimal> perAccount = new TreeMap<>();
        while (trans.find()) {
            perAccount.merge(trans.group(1), new BigDecimal(trans.group(2)), BigDecimal::add);
        }
        assertEquals(Map.of("1930", new BigDecimal("-4945601.42"), "6550", new BigDecimal("451500.71"),
                "6590", new BigDecimal("234440.00"), "7210", new BigDecimal("4259660.71")), perAccount);
        assertTrue(sie.contains("#KONTO 7210 \"Löner, resor m.m. RUS\""), sie);
    }
}
