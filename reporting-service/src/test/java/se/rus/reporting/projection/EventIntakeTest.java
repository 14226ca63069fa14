package se.rus.reporting.projection;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.TopicReader;
import se.rus.reporting.support.ContractEvents;
import se.rus.reporting.support.YearFixture;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static se.rus.reporting.support.ContractEvents.FINANCE;
import static se.rus.reporting.support.ContractEvents.PLANNING;
import static se.rus.reporting.support.ContractEvents.data;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class EventIntakeTest {

    private static final int YEAR = 2052;
    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    private static final String REPORT = "/api/v1/reports/" + YEAR;

    @Test
    void appliesEachEventOnceAndDeadLettersWhatItCannotUse() {
        YearFixture fixture = new YearFixture(YEAR);
        List<ContractEvents.Sent> planning = fixture.planning();
        planning.get(0).send();
        planning.get(0).send();
        TopicReader.send(PLANNING, "2052", "not json at all");
        TopicReader.send(PLANNING, "2052", "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID()
                + "\",\"type\":\"se.rus.planning.SomethingNew.v1\",\"data\":{}}");
        // an area without a name cannot be shown; it is a dead letter and the channel carries on
        ContractEvents.event(PLANNING, YEAR, "se.rus.planning.AreaAdded.v1", UUID.randomUUID(), data("id",
                UUID.randomUUID(), "planId", fixture.plan, "year", YEAR, "position", 9, "name", null)).send();
        // planned days beyond numeric(9,2): the database refuses it, every time; a dead letter as well
        UUID huge = UUID.randomUUID();
        ContractEvents.event(PLANNING, YEAR, "se.rus.planning.ActivityPlanned.v1", huge, data("id", huge,
                "planId", fixture.plan, "year", YEAR, "areaId", fixture.areaSupport, "areaName", "Stöd i åtgärdsarbetet",
                "position", 9, "title", "För stor", "plannedDays", new BigDecimal("1E12"),
                "prioritised", false, "developmentEffort", "NONE")).send();
        planning.subList(1, planning.size()).forEach(ContractEvents.Sent::send);

        ContractEvents.Sent entry = fixture.entry(fixture.other, "Övrigt", "700.00", "DIRECT_SPEND");
        fixture.finance().forEach(ContractEvents.Sent::send);
        entry.send();
        entry.send();
        ContractEvents.event(FINANCE, YEAR, "se.rus.finance.LedgerEntryRecorded.v1", UUID.randomUUID(),
                data("id", UUID.randomUUID(), "year", YEAR, "postId", fixture.other, "amount", "not money")).send();
        ContractEvents.event(ContractEvents.FOLLOWUP, YEAR, "se.rus.followup.OutcomeRecorded.v1", UUID.randomUUID(),
                data("id", UUID.randomUUID(), "year", YEAR, "activityId", fixture.contact, "status", "HALF_DONE")).send();
        fixture.followup().forEach(ContractEvents.Sent::send);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(WORKING_GROUP).when().get(REPORT)
                        .then().statusCode(200)
                        .body("economy.posts[2].outcome", equalTo("700.00"))
                        .body("areas.name", contains("Miljömålsuppföljning", "Stöd i åtgärdsarbetet"))
                        .body("areas[0].activities[0].status", equalTo("DONE_AS_PLANNED"))
                        .body("areas[1].activities.title", not(hasItem("För stor")))
                        .body("goals.findAll { it.valuation != null }", hasSize(3)));
    }

    @Test
    void aRemovedActivityLeavesTheReportAndItsOutcomeBecomesALooseEnd() {
        YearFixture fixture = new YearFixture(2055);
        fixture.all().forEach(ContractEvents.Sent::send);
        fixture.awaitComplete(WORKING_GROUP);
        ContractEvents.event(PLANNING, 2055, "se.rus.planning.ActivityRemoved.v1", fixture.resilience, data(
                "id", fixture.resilience, "planId", fixture.plan, "year", 2055, "areaId", fixture.areaSupport,
                "areaName", "Stöd i åtgärdsarbetet", "position", 2, "title", "Robusthet, resiliens och beredskap",
                "description", List.of(), "plannedDays", 14, "extraDays", null, "extraEffortNote", null,
                "prioritised", false, "developmentEffort", "FULL", "responsible", List.of())).send();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/2055")
                        .then().body("areas[1].activities.title", not(hasItem("Robusthet, resiliens och beredskap")))
                        .body("areas[1].plannedDays", equalTo(55)));
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/2055/checks")
                .then().body("items.code", hasItem("OUTCOME_WITHOUT_ACTIVITY"))
                .body("items.code", hasItem("PLANNED_DAYS_MISMATCH"));
    }
}
