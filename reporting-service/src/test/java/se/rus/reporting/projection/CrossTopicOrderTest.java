package se.rus.reporting.projection;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.reporting.support.ContractEvents;
import se.rus.reporting.support.YearFixture;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class CrossTopicOrderTest {

    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");

    @Test
    void outcomesAndLedgerEntriesBeforeTheirActivitiesAndPostsAreJoinedWhenThoseArrive() {
        YearFixture early = new YearFixture(2043);
        List<ContractEvents.Sent> finance = early.finance();
        List<ContractEvents.Sent> planning = early.planning();
        // a year without a plan has no report (404), so only the plan itself comes first
        planning.get(0).send();
        early.followup().forEach(ContractEvents.Sent::send);
        finance.stream().filter(e -> e.envelope().contains("LedgerEntryRecorded")).forEach(ContractEvents.Sent::send);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/2043/checks")
                        .then().statusCode(200)
                        .body("items.findAll { it.code == 'OUTCOME_WITHOUT_ACTIVITY' }.size()", equalTo(4))
                        .body("items.findAll { it.code == 'VALUATION_WITHOUT_GOAL' }.size()", equalTo(3))
                        .body("items.findAll { it.code == 'LEDGER_ENTRY_WITHOUT_POST' }.size()", equalTo(4)));

        planning.subList(1, planning.size()).forEach(ContractEvents.Sent::send);
        finance.stream().filter(e -> !e.envelope().contains("LedgerEntryRecorded")).forEach(ContractEvents.Sent::send);
        early.awaitComplete(WORKING_GROUP);
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/2043/checks")
                .then().body("items.code", not(hasItem("OUTCOME_WITHOUT_ACTIVITY")))
                .body("items.code", not(hasItem("LEDGER_ENTRY_WITHOUT_POST")));

        // the same year delivered topic by topic in the opposite order gives the same report
        YearFixture late = new YearFixture(2040);
        late.planning().forEach(ContractEvents.Sent::send);
        late.finance().forEach(ContractEvents.Sent::send);
        late.followup().forEach(ContractEvents.Sent::send);
        late.awaitComplete(WORKING_GROUP);
        assertEquals(comparable(2043, early), comparable(2040, late));
    }

    /** The report with the year and the generated ids taken out, so two years can be compared. */
    private static String comparable(int year, YearFixture fixture) {
        String json = given().auth().oauth2(WORKING_GROUP).accept("text/markdown").when().get("/api/v1/reports/" + year)
                .then().statusCode(200).extract().asString();
        // the previous goal period is named by its years too
        return json.replace(Integer.toString(year), "YYYY").replace(Integer.toString(year - 2), "YYYY-2")
                .replace(Integer.toString(year - 3), "YYYY-3").replace(Integer.toString(year - 5), "YYYY-5");
    }
}
