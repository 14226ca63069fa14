package se.rus.reporting.report;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.reporting.support.ContractEvents;
import se.rus.reporting.support.ForReview;
import se.rus.reporting.support.YearFixture;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static se.rus.reporting.support.ContractEvents.FINANCE;
import static se.rus.reporting.support.ContractEvents.FOLLOWUP;
import static se.rus.reporting.support.ContractEvents.PLANNING;
import static se.rus.reporting.support.ContractEvents.data;
import static se.rus.reporting.support.ContractEvents.event;
import static se.rus.reporting.support.ContractEvents.paragraphs;
import static se.rus.reporting.support.InOrder.assertInOrder;

/**
 * A surplus year that is the first of a new goal period, after a deficit year in the read model: the
 * result both ways, co-financing in entry order, last year's figures, goals continuing the previous
 * period's, and valuations per year, all through the real topics and database.
 */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class AnyYearTest {

    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");
    private static final int YEAR = 2082;
    private static final String REPORT = "/api/v1/reports/" + YEAR;

    private final YearFixture previous = new YearFixture(YEAR - 1);
    private final UUID plan = UUID.randomUUID();
    private final UUID area = UUID.randomUUID();
    private final UUID activity = UUID.randomUUID();
    private final UUID salaries = UUID.randomUUID();
    private final UUID continued = UUID.randomUUID();
    private final UUID historical = UUID.randomUUID();
    private final UUID fresh = UUID.randomUUID();

    @Test
    void aSurplusYearInANewGoalPeriodAfterADeficitYear() {
        previous.all().forEach(ContractEvents.Sent::send);
        previous.awaitComplete(WORKING_GROUP);
        events().forEach(ContractEvents.Sent::send);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(WORKING_GROUP).when().get(REPORT)
                        .then().statusCode(200)
                        .body("economy.coFinancing.size()", equalTo(3))
                        .body("economy.totalOutcome", equalTo("2889999.50"))
                        .body("goals.size()", equalTo(3))
                        .body("goals.find { it.text == 'Historik' }.previousValuation", equalTo(2)));

        given().auth().oauth2(WORKING_GROUP).when().get(REPORT)
                .then().statusCode(200)
                .body("totalPlannedDays", equalTo(100))
                .body("previousTotalPlannedDays", equalTo(223))
                .body("economy.previousTotalBudget", equalTo("3950000.00"))
                .body("economy.previousTotalOutcome", equalTo("4494100.71"))
                .body("areas[0].plannedDays", equalTo(100))
                .body("areas[0].previousPlannedDays", equalTo(154))
                .body("areas[0].activities[0].continuesActivityId", equalTo(previous.contact.toString()))
                .body("economy.posts[0].difference", equalTo("-110000.50"))
                .body("economy.posts[0].previousBudget", equalTo("3700000.00"))
                .body("economy.posts[0].previousOutcome", equalTo("4259660.71"))
                .body("economy.posts[1].name", equalTo("Klimatanpassning"))
                .body("economy.posts[1].previousBudget", nullValue())
                .body("economy.totalDifference", equalTo("-120000.50"))
                .body("economy.result.keySet()", containsInAnyOrder("kind", "amount", "text"))
                .body("economy.result.kind", equalTo("SURPLUS"))
                .body("economy.result.amount", equalTo("120000.50"))
                .body("economy.result.text", equalTo("Överskott 120\u00A0000,50 kr"))
                .body("economy.coFinancing.source", contains("Örebro kommun", "Almedalen AB", "Mälardalen"))
                .body("economy.totalCoFinancing", equalTo("6000.00"))
                .body("economy.resultAfterCoFinancing.kind", equalTo("SURPLUS"))
                .body("economy.resultAfterCoFinancing.amount", equalTo("126000.50"))
                .body("economy.deficit", equalTo("0.00"))
                .body("economy.deficitAfterCoFinancing", equalTo("0.00"))
                .body("goals.find { it.text == 'Fortsatt mål' }.predecessorId", equalTo(previous.goalRegional.toString()))
                .body("goals.find { it.text == 'Fortsatt mål' }.previousValuation", equalTo(1))
                .body("goals.find { it.text == 'Fortsatt mål' }.valuation", nullValue())
                .body("goals.find { it.text == 'Fortsatt mål' }.finalYear", equalTo(false))
                .body("goals.find { it.text == 'Nytt mål' }.previousValuation", nullValue());
        given().auth().oauth2(WORKING_GROUP).when().get(REPORT + "/checks")
                .then().statusCode(200)
                .body("items.findAll { it.code == 'GOAL_NOT_VALUED_YET' }.severity", contains("WARNING", "WARNING", "WARNING"))
                .body("items.code", not(hasItem("GOAL_WITHOUT_VALUATION")))
                .body("items.code", not(hasItem("DEFICIT_NOT_COVERED")));

        String markdown = given().auth().oauth2(WORKING_GROUP).accept("text/markdown").when().get(REPORT)
                .then().statusCode(200).extract().asString();
        assertInOrder(markdown, "| Miljömålsuppföljning | 100 | 154 |", "| **Summa** | **100** | **223** |",
                "| " + YEAR + " | Budget, kr | Utfall, kr | Differens, kr | Budget 2081, kr | Utfall 2081, kr | Kommentar |",
                "| **\u2212120\u00A0000,50** | **3\u00A0950\u00A0000,00** | **4\u00A0494\u00A0100,71** |",
                "Överskott 120\u00A0000,50\u00A0kr.", "| Örebro kommun | 1\u00A0000,00 |", "| Almedalen AB | 2\u00A0000,00 |",
                "Resultat efter medfinansiering: Överskott 126\u00A0000,50\u00A0kr.", "Bilaga 2: Uppföljning av RUS treårs mål 2082-2084",
                "Uppföljning: Ej värderat ännu.");
        // a new post beside last year's, negative differences, last year's columns: the widest finance table, for the
        // layout check at 390 and 1280 px (check-layout.mjs)
        ForReview.write("report-" + YEAR + ".html", given().auth().oauth2(WORKING_GROUP).when().get(REPORT + "?format=html")
                .then().statusCode(200).extract().asByteArray());

        // the valuation of the first year; a later record for the same goal and year replaces it
        valuation(UUID.randomUUID(), continued, 2, null).send();
        UUID replacing = UUID.randomUUID();
        valuation(replacing, continued, 3, null).send();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(WORKING_GROUP).when().get(REPORT)
                        .then().body("goals.find { it.text == 'Fortsatt mål' }.valuation", equalTo(3))
                        .body("goals.find { it.text == 'Fortsatt mål' }.valuedYear", equalTo(YEAR))
                        .body("goals.find { it.text == 'Fortsatt mål' }.previousValuation", equalTo(1)));
        // the following year has no plan yet, so it has no report
        given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/" + (YEAR + 1))
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(WORKING_GROUP).when().get(REPORT + "/checks")
                .then().body("items.findAll { it.code == 'GOAL_NOT_VALUED_YET' }.subject", everyItem(not(equalTo("Fortsatt mål"))));
    }

    private List<ContractEvents.Sent> events() {
        return List.of(
                event(PLANNING, YEAR, "se.rus.planning.PlanCreated.v1", plan, data("id", plan, "year", YEAR,
                        "title", "RUS verksamhetsplan " + YEAR, "vision", "Miljömålen är uppnådda.",
                        "periodStart", YEAR, "periodEnd", YEAR + 2, "status", "ADOPTED")),
                event(PLANNING, YEAR, "se.rus.planning.AreaAdded.v1", area, data("id", area, "planId", plan, "year", YEAR,
                        "position", 1, "name", "Miljömålsuppföljning", "resourceNote", null)),
                event(PLANNING, YEAR, "se.rus.planning.ActivityPlanned.v1", activity, data("id", activity, "planId", plan,
                        "year", YEAR, "areaId", area, "areaName", "Miljömålsuppföljning", "position", 1,
                        "title", "Regional kontaktyta", "description", paragraphs("Fortsätter."), "plannedDays", 100,
                        "extraDays", null, "extraEffortNote", null, "prioritised", true, "developmentEffort", "NONE",
                        "responsible", List.of(), "continuesActivityId", previous.contact)),
                goal(continued, 1, "Fortsatt mål", previous.goalRegional),
                goal(historical, 2, "Historik", null),
                goal(fresh, 3, "Nytt mål", null),
                event(FINANCE, YEAR, "se.rus.finance.BudgetPostDefined.v1", salaries, data("id", salaries, "year", YEAR,
                        "position", 1, "name", "Löner, resor m.m. RUS", "budget", "3000000.00", "comment", List.of())),
                post(UUID.randomUUID(), 2, "Klimatanpassning", "10000.00"),
                entry("2900000.00"),
                entry("-10000.50"),
                coFinancing("Örebro kommun", "1000.00"),
                coFinancing("Almedalen AB", "2000.00"),
                coFinancing("Mälardalen", "3000.00"),
                event(FOLLOWUP, YEAR, "se.rus.followup.GoalValued.v1", historical, data("id", UUID.randomUUID(),
                        "goalId", historical, "periodStart", YEAR, "periodEnd", YEAR + 2, "year", YEAR,
                        "valuation", null, "previousValuation", 2, "previousGoalExisted", true,
                        "followUp", List.of())));
    }

    private static ContractEvents.Sent goal(UUID id, int position, String text, UUID predecessor) {
        return event(PLANNING, YEAR, "se.rus.planning.GoalDefined.v1", id, data("id", id, "periodStart", YEAR,
                "periodEnd", YEAR + 2, "areaName", "Miljömålsuppföljning", "position", position, "text", text,
                "predecessorId", predecessor));
    }

    private static ContractEvents.Sent post(UUID id, int position, String name, String budget) {
        return event(FINANCE, YEAR, "se.rus.finance.BudgetPostDefined.v1", id, data("id", id, "year", YEAR,
                "position", position, "name", name, "budget", budget, "comment", List.of()));
    }

    private ContractEvents.Sent entry(String amount) {
        UUID id = UUID.randomUUID();
        return event(FINANCE, YEAR, "se.rus.finance.LedgerEntryRecorded.v1", id, data("id", id, "year", YEAR,
                "postId", salaries, "postName", "Löner, resor m.m. RUS", "entryDate", YEAR + "-06-30", "amount", amount,
                "text", "Verifikation", "counterpart", null, "activityId", null, "category", "SALARIES"));
    }

    private static ContractEvents.Sent coFinancing(String source, String amount) {
        UUID id = UUID.randomUUID();
        return event(FINANCE, YEAR, "se.rus.finance.CoFinancingRecorded.v1", id, data("id", id, "year", YEAR,
                "source", source, "amount", amount, "description", "gemensamma insatser"));
    }

    private ContractEvents.Sent valuation(UUID id, UUID goal, Integer valuation, Integer previousValuation) {
        Map<String, Object> data = data("id", id, "goalId", goal, "periodStart", YEAR, "periodEnd", YEAR + 2,
                "year", YEAR, "valuation", valuation, "previousValuation", previousValuation,
                "previousGoalExisted", true, "followUp", paragraphs("Första året."));
        return event(FOLLOWUP, YEAR, "se.rus.followup.GoalValued.v1", goal, data);
    }
}
