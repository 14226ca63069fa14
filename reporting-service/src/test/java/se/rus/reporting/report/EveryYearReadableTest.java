package se.rus.reporting.report;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.reporting.support.ContractEvents;
import se.rus.reporting.support.ForReview;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rus.reporting.support.InOrder.assertInOrder;
import static se.rus.reporting.support.ContractEvents.FINANCE;
import static se.rus.reporting.support.ContractEvents.FOLLOWUP;
import static se.rus.reporting.support.ContractEvents.PLANNING;
import static se.rus.reporting.support.ContractEvents.data;
import static se.rus.reporting.support.ContractEvents.event;
import static se.rus.reporting.support.ContractEvents.paragraphs;

/**
 * Years unlike 2024, read as their readers read them (the Markdown through the API): a year whose plan has no
 * activities says so instead of showing empty headings; the middle year of a goal period says its valuation is
 * interim and names the previous period by its years; days recorded as spent stand beside the planned ones.
 */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class EveryYearReadableTest {

    private static final String WORKING_GROUP = RusTestInfrastructure.token("rus-working-group");

    @Test
    void aYearWithoutActivitiesSaysSoInsteadOfShowingEmptyHeadings() {
        int year = 2034;
        UUID plan = UUID.randomUUID();
        event(PLANNING, year, "se.rus.planning.PlanCreated.v1", plan, data("id", plan, "year", year,
                "title", "RUS verksamhetsplan " + year, "vision", null, "periodStart", year, "periodEnd", year + 2,
                "status", "DRAFT")).send();
        String markdown = await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(WORKING_GROUP)
                .when().get("/api/v1/reports/" + year + "?format=markdown").then().extract(), r -> r.statusCode() == 200)
                .asString();

        assertInOrder(markdown, "## Huvudsaklig verksamhet under året redovisad i årsredovisningen\n\n"
                        + "Ingen redovisning av årets huvudsakliga verksamhet är skriven för " + year + ".",
                "## Utfallet för aktiviteterna " + year,
                "Verksamhetsplanen " + year + " har inga aktiviteter, så det finns inget utfall att redovisa.",
                "## Ekonomisk redovisning", "Ingen budget är registrerad för " + year + ".",
                "## Bilaga 1", "Verksamhetsplanen " + year + " har inga aktiviteter",
                "## Bilaga 2", "Inga treårsmål är registrerade för perioden " + year + "-" + (year + 2) + ".");
        assertFalse(markdown.contains("Planerad tid i VP"), "no table of planned days with nothing but its sum");
        assertFalse(markdown.contains("**Summa** | **0**"), markdown);
        assertFalse(markdown.contains("| Summa RUS |"), "no economic table with nothing but its sum row");
        assertFalse(markdown.contains("I balans"), "no result stated for a year without a budget");
        assertFalse(markdown.contains("Uppföljning av aktiviteter"), "no empty heading");
        writeHtml(year);
    }

    @Test
    void aMiddleYearSaysItsValuationIsInterimNamesThePreviousPeriodAndShowsTheDaysSpent() {
        int year = 2057;
        UUID plan = UUID.randomUUID();
        UUID area = UUID.randomUUID();
        UUID empty = UUID.randomUUID();
        UUID activity = UUID.randomUUID();
        UUID goal = UUID.randomUUID();
        UUID predecessor = UUID.randomUUID();
        List<ContractEvents.Sent> events = List.of(
                event(PLANNING, year, "se.rus.planning.PlanCreated.v1", plan, data("id", plan, "year", year,
                        "title", "RUS verksamhetsplan " + year, "vision", null, "periodStart", 2056, "periodEnd", 2058,
                        "status", "ADOPTED")),
                event(PLANNING, year, "se.rus.planning.AreaAdded.v1", area, data("id", area, "planId", plan, "year", year,
                        "position", 1, "name", "Miljömålsuppföljning", "resourceNote", null)),
                event(PLANNING, year, "se.rus.planning.AreaAdded.v1", empty, data("id", empty, "planId", plan, "year", year,
                        "position", 2, "name", "Klimatanpassning", "resourceNote", null)),
                event(PLANNING, year, "se.rus.planning.ActivityPlanned.v1", activity, data("id", activity, "planId", plan,
                        "year", year, "areaId", area, "areaName", "Miljömålsuppföljning", "position", 1,
                        "title", "Regional kontaktyta", "description", paragraphs("Fortsätter."), "plannedDays", 30,
                        "extraDays", 5, "extraEffortNote", null, "prioritised", false, "developmentEffort", "NONE",
                        "responsible", List.of())),
                event(FOLLOWUP, year, "se.rus.followup.OutcomeRecorded.v1", activity, data("id", UUID.randomUUID(),
                        "year", year, "activityId", activity, "status", "DONE_AS_PLANNED",
                        "narrative", paragraphs("Möten hölls."), "daysSpent", 34)),
                event(PLANNING, year, "se.rus.planning.GoalDefined.v1", goal, data("id", goal, "periodStart", 2056,
                        "periodEnd", 2058, "areaName", "Miljömålsuppföljning", "position", 1, "text", "Uppföljningen används.",
                        "predecessorId", predecessor)),
                event(FOLLOWUP, year, "se.rus.followup.GoalValued.v1", predecessor, data("id", UUID.randomUUID(),
                        "goalId", predecessor, "periodStart", 2053, "periodEnd", 2055, "year", 2055, "valuation", 3,
                        "previousValuation", null, "previousGoalExisted", true, "followUp", List.of())),
                event(FOLLOWUP, year, "se.rus.followup.GoalValued.v1", goal, data("id", UUID.randomUUID(),
                        "goalId", goal, "periodStart", 2056, "periodEnd", 2058, "year", year, "valuation", 2,
                        "previousValuation", null, "previousGoalExisted", true, "followUp", paragraphs("Arbetet går framåt."))));
        events.forEach(ContractEvents.Sent::send);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(WORKING_GROUP)
                .when().get("/api/v1/reports/" + year).then().statusCode(200)
                .body("areas[0].activities[0].daysSpent", equalTo(34))
                .body("goals[0].valuation", equalTo(2)).body("goals[0].previousValuation", equalTo(3)));
        String markdown = given().auth().oauth2(WORKING_GROUP).when().get("/api/v1/reports/" + year + "?format=markdown")
                .then().statusCode(200).extract().asString();

        assertInOrder(markdown, "### Klimatanpassning\n\nInga aktiviteter är planerade inom området.",
                "| Område | Dagar i VP " + year + " | Nedlagda dagar " + year + " |",
                "| Miljömålsuppföljning | 30 | 34 |", "| Klimatanpassning | 0 | ej redovisat |",
                "I verksamhetsplanen " + year + " tidsattes denna till 30\u00A0arbetsdagar. Enligt uppföljningen lades 34\u00A0dagar "
                        + "ned på områdets aktiviteter.",
                "RUS arbetsgrupps tid i VP: 30\u00A0dagar (därtill extra tid: 5\u00A0dagar)  \nNedlagd tid enligt uppföljningen: 34\u00A0dagar",
                "### Klimatanpassning\n\n#### Resursåtgång\n\nI verksamhetsplanen " + year + " tidsattes denna till 0\u00A0arbetsdagar.\n\n"
                        + "Inga aktiviteter är planerade inom området.",
                "Uppföljning: 2 (i tillräcklig grad uppnått; preliminär värdering för " + year + ", slutvärdering 2058). "
                        + "Arbetet går framåt. (För motsvarande mål 2053–2055 var värderingen 3, i mindre grad uppnått.)");
        assertTrue(markdown.contains("### Klimatanpassning\n\n#### Resursåtgång"), markdown);
        assertFalse(markdown.contains("föregående period"), "the previous period is named by its years");
        writeHtml(year);
    }

    /** The page as a reader gets it, for the layout check at 390 and 1280 px (check-layout.mjs). */
    private static void writeHtml(int year) {
        ForReview.write("report-" + year + ".html", given().auth().oauth2(WORKING_GROUP)
                .when().get("/api/v1/reports/" + year + "?format=html").then().statusCode(200).extract().asByteArray());
    }
}
