package se.rus.reporting.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.rus.reporting.support.ContractEvents.FINANCE;
import static se.rus.reporting.support.ContractEvents.FOLLOWUP;
import static se.rus.reporting.support.ContractEvents.PLANNING;
import static se.rus.reporting.support.ContractEvents.bullets;
import static se.rus.reporting.support.ContractEvents.data;
import static se.rus.reporting.support.ContractEvents.event;
import static se.rus.reporting.support.ContractEvents.paragraphs;

/**
 * A small year shaped like 2024: two areas, four activities, three goals, three posts. Each test
 * class uses its own year, so the shared database and topics never mix their data. The goals belong to
 * the period year − 2 … year and every report of a year inside it lists them, so the years of two
 * fixtures that publish goals lie at least three apart (and a fixture's year − 1 stays empty unless a
 * test compares with it).
 * Expected sums: budget 3 950 000,00; outcome 4 494 100,71; deficit 544 100,71; after LEKS 324 100,71.
 */
public final class YearFixture {

    public final int year;
    public final UUID plan = UUID.randomUUID();
    public final UUID areaFollowUp = UUID.randomUUID();
    public final UUID areaSupport = UUID.randomUUID();
    public final UUID contact = UUID.randomUUID();
    public final UUID indicators = UUID.randomUUID();
    public final UUID process = UUID.randomUUID();
    public final UUID resilience = UUID.randomUUID();
    public final UUID goalRegional = UUID.randomUUID();
    public final UUID goalIndicators = UUID.randomUUID();
    public final UUID goalCouncil = UUID.randomUUID();
    public final UUID salaries = UUID.randomUUID();
    public final UUID events = UUID.randomUUID();
    public final UUID other = UUID.randomUUID();

    public YearFixture(int year) {
        this.year = year;
    }

    public List<ContractEvents.Sent> planning() {
        List<ContractEvents.Sent> sent = new ArrayList<>();
        sent.add(event(PLANNING, year, "se.rus.planning.PlanCreated.v1", plan, data("id", plan, "year", year,
                "title", "RUS verksamhetsplan " + year, "vision", "Miljömålen är uppnådda genom samverkan.",
                "periodStart", year - 2, "periodEnd", year, "status", "DRAFT")));
        sent.add(event(PLANNING, year, "se.rus.planning.AreaAdded.v1", areaFollowUp, area(areaFollowUp, 1,
                "Miljömålsuppföljning", "I verksamhetsplanen " + year + " tidsattes denna till 154 arbetsdagar.")));
        sent.add(event(PLANNING, year, "se.rus.planning.AreaAdded.v1", areaSupport, area(areaSupport, 2,
                "Stöd i åtgärdsarbetet", "I verksamhetsplanen tidsattes denna till 69 arbetsdagar.")));
        sent.add(event(PLANNING, year, "se.rus.planning.ActivityPlanned.v1", contact, activity(contact, areaFollowUp,
                "Miljömålsuppföljning", 1, "Miljömålsuppföljning - regional kontaktyta, samordning, stöd regionalt",
                119, true, "NONE")));
        sent.add(event(PLANNING, year, "se.rus.planning.ActivityPlanned.v1", indicators, activity(indicators, areaFollowUp,
                "Miljömålsuppföljning", 2, "Indikatorutveckling", 35, false, "NONE")));
        sent.add(event(PLANNING, year, "se.rus.planning.ActivityPlanned.v1", process, activity(process, areaSupport,
                "Stöd i åtgärdsarbetet", 1, "Miljömålsprocessen fokus länsstyrelseinstruktionen 6 §", 55, true, "PARTIAL")));
        sent.add(event(PLANNING, year, "se.rus.planning.ActivityPlanned.v1", resilience, activity(resilience, areaSupport,
                "Stöd i åtgärdsarbetet", 2, "Robusthet, resiliens och beredskap", 14, false, "FULL")));
        sent.add(event(PLANNING, year, "se.rus.planning.PlanAdopted.v1", plan, data("id", plan, "year", year,
                "title", "RUS verksamhetsplan " + year, "vision", "Miljömålen är uppnådda genom samverkan.",
                "periodStart", year - 2, "periodEnd", year, "status", "ADOPTED")));
        sent.add(event(PLANNING, year, "se.rus.planning.GoalDefined.v1", goalRegional, goal(goalRegional,
                "Miljömålsuppföljning", 1, "Regional årlig uppföljning är ändamålsenlig och effektiv.")));
        sent.add(event(PLANNING, year, "se.rus.planning.GoalDefined.v1", goalIndicators, goal(goalIndicators,
                "Miljömålsuppföljning", 2, "Indikatorerna på Sverigesmiljömål.se är till nytta.")));
        sent.add(event(PLANNING, year, "se.rus.planning.GoalDefined.v1", goalCouncil, goal(goalCouncil,
                "Stöd i åtgärdsarbetet", 1, "Länsstyrelserna och RUS bidrar till arbetet i Miljömålsrådet.")));
        sent.add(event(PLANNING, year, "se.rus.planning.MemberJoined.v1", UUID.randomUUID(), data("id", UUID.randomUUID(),
                "year", year, "group", "STEERING", "name", "Peder Eriksson", "organisation", "Lst Örebro",
                "role", "ordförande", "joinedOn", null, "leftOn", null, "replacedBy", null)));
        return sent;
    }

    public List<ContractEvents.Sent> finance() {
        List<ContractEvents.Sent> sent = new ArrayList<>();
        UUID financialYear = UUID.randomUUID();
        sent.add(event(FINANCE, year, "se.rus.finance.FinancialYearOpened.v1", financialYear, data("id", financialYear,
                "year", year, "appropriationName", "Anslag 1:2 Miljöövervakning", "appropriation", "6000000.00",
                "keyDistributed", "1500000.00", "status", "OPEN")));
        sent.add(event(FINANCE, year, "se.rus.finance.BudgetPostDefined.v1", salaries, post(salaries, 1,
                "Löner, resor m.m. RUS", "3700000.00", List.of(
                        data("kind", "PARAGRAPH", "text", "Avser RUS arbetsgrupps löner och omkostnader."),
                        bullets("Arbetsgruppens tvådagarsmöte (57 371 kr)")))));
        sent.add(event(FINANCE, year, "se.rus.finance.BudgetPostDefined.v1", events, post(events, 2, "Arrangemang",
                "200000.00", paragraphs("Miljömålsdagarna (underskott) och Nobelmötet."))));
        sent.add(event(FINANCE, year, "se.rus.finance.BudgetPostDefined.v1", other, post(other, 3, "Övrigt",
                "50000.00", List.of())));
        sent.add(entry(salaries, "Löner, resor m.m. RUS", "4202289.71", "SALARIES"));
        sent.add(entry(salaries, "Löner, resor m.m. RUS", "57371.00", "DIRECT_SPEND"));
        sent.add(entry(events, "Arrangemang", "96696.00", "DIRECT_SPEND"));
        sent.add(entry(events, "Arrangemang", "137744.00", "DIRECT_SPEND"));
        UUID leks = UUID.randomUUID();
        sent.add(event(FINANCE, year, "se.rus.finance.CoFinancingRecorded.v1", leks, data("id", leks, "year", year,
                "source", "LEKS (klimat och energi)", "amount", "220000.00",
                "description", "länstransportplanering och samhällsplanering")));
        UUID outside = UUID.randomUUID();
        sent.add(event(FINANCE, year, "se.rus.finance.OutsideFundsNoted.v1", outside, data("id", outside, "year", year,
                "source", "FO vatten och miljömål", "amount", "21327.47", "description", "arbete i RUS")));
        sent.add(event(FINANCE, year, "se.rus.finance.DeficitCoverageSet.v1", year, data("year", year, "coverers", List.of(
                data("position", 1, "coveredBy", "Kvarvarande nyckelfördelade medel", "description", "knappt 200 000 kr"),
                data("position", 2, "coveredBy", "Länsstyrelsen Gävleborg", "description", "Resterande underskott")))));
        return sent;
    }

    public List<ContractEvents.Sent> followup() {
        List<ContractEvents.Sent> sent = new ArrayList<>();
        sent.add(outcome(contact, "DONE_AS_PLANNED", "Länsstyrelserna har genom RUS deltagit i NV:s målarbetsgrupp."));
        sent.add(outcome(indicators, "PARTLY_DONE", "RUS har deltagit i vissa utvecklingsinsatser."));
        sent.add(outcome(process, "DONE_AS_PLANNED", "Vägledning för åtgärdsprogram fastställdes."));
        sent.add(outcome(resilience, "PARTLY_DONE", "Ett seminarium hölls; rapporten blev inte klar."));
        sent.add(event(FOLLOWUP, year, "se.rus.followup.AreaFollowUpNoted.v1", areaFollowUp, data("year", year,
                "areaId", areaFollowUp, "areaName", "Miljömålsuppföljning",
                "note", paragraphs("Arbetsgruppen bedöms vid uppföljningen ha lagt ned ungefär denna tid."))));
        sent.add(valuation(goalRegional, 1, 1, true, "Arbete har skett kontinuerligt för att utveckla och förbättra."));
        sent.add(valuation(goalIndicators, 2, 3, true, "Miljömålsindikatorerna är till nytta."));
        sent.add(valuation(goalCouncil, 1, null, false, "RUS har i hög grad bidragit."));
        sent.add(event(FOLLOWUP, year, "se.rus.followup.RauSubmitted.v1", UUID.randomUUID(), data("id", UUID.randomUUID(),
                "year", year, "countyCode", "21", "objectiveCode", "FRISK_LUFT", "assessment", "CLOSE",
                "trend", "POSITIVE", "summary", "Bättre", "measures", "Fler", "status", "SUBMITTED",
                "reviewerComment", null)));
        return sent;
    }

    public List<ContractEvents.Sent> all() {
        List<ContractEvents.Sent> all = new ArrayList<>(planning());
        all.addAll(finance());
        all.addAll(followup());
        return all;
    }

    /** Waits until every event of the fixture is visible in the live report. */
    public void awaitComplete(String token) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(token).when().get("/api/v1/reports/" + year)
                        .then().statusCode(200)
                        .body("plan.status", equalTo("ADOPTED"))
                        .body("areas.activities.flatten().findAll { it.status != null }", hasSize(4))
                        .body("areas[0].followUpNote", hasSize(1))
                        .body("goals.findAll { it.valuation != null }", hasSize(3))
                        .body("economy.appropriation", equalTo("6000000.00"))
                        .body("economy.posts", hasSize(3))
                        .body("economy.posts[0].outcome", equalTo("4259660.71"))
                        .body("economy.posts[1].outcome", equalTo("234440.00"))
                        .body("economy.coFinancing", hasSize(1))
                        .body("economy.outsideFunds", hasSize(1))
                        .body("economy.deficitCoverage", hasSize(2)));
    }

    public Map<String, Object> draft() {
        return data("title", "RUS verksamhetsberättelse " + year,
                "introduction", paragraphs("RUS verksamhet under året redovisas här först kortfattat."),
                "mainActivities", paragraphs("Regional Utveckling och Samverkan i miljömålssystemet (RUS) arbetar med miljömålsuppföljning."),
                "highlights", List.of("Medarrangerat miljömålsdagarna i Luleå."),
                "closingAssessment", paragraphs("Bedömningen är att RUS insatser i allt väsentligt bidragit till målen."));
    }

    public ContractEvents.Sent outcome(UUID activity, String status, String narrative) {
        return event(FOLLOWUP, year, "se.rus.followup.OutcomeRecorded.v1", activity, data("id", UUID.nameUUIDFromBytes(
                        activity.toString().getBytes()), "year", year, "activityId", activity, "status", status,
                "narrative", paragraphs(narrative), "daysSpent", null));
    }

    public ContractEvents.Sent entry(UUID post, String postName, String amount, String category) {
        UUID id = UUID.randomUUID();
        return event(FINANCE, year, "se.rus.finance.LedgerEntryRecorded.v1", id, data("id", id, "year", year,
                "postId", post, "postName", postName, "entryDate", year + "-12-31", "amount", amount,
                "text", "Verifikation", "counterpart", null, "activityId", null, "category", category));
    }

    private Map<String, Object> area(UUID id, int position, String name, String note) {
        return data("id", id, "planId", plan, "year", year, "position", position, "name", name, "resourceNote", note);
    }

    private Map<String, Object> activity(UUID id, UUID area, String areaName, int position, String title, int days,
                                         boolean prioritised, String effort) {
        return data("id", id, "planId", plan, "year", year, "areaId", area, "areaName", areaName, "position", position,
                "title", title, "description", paragraphs("Planerad insats: " + title), "plannedDays", days,
                "extraDays", null, "extraEffortNote", null, "prioritised", prioritised, "developmentEffort", effort,
                "responsible", List.of("Magnus Eriksson"));
    }

    private Map<String, Object> goal(UUID id, String area, int position, String text) {
        return data("id", id, "periodStart", year - 2, "periodEnd", year, "areaName", area, "position", position,
                "text", text);
    }

    private Map<String, Object> post(UUID id, int position, String name, String budget, List<?> comment) {
        return data("id", id, "year", year, "position", position, "name", name, "budget", budget, "comment", comment);
    }

    private ContractEvents.Sent valuation(UUID goal, int valuation, Integer previous, boolean existed, String followUp) {
        UUID id = UUID.randomUUID();
        return event(FOLLOWUP, year, "se.rus.followup.GoalValued.v1", id, data("id", id, "goalId", goal,
                "periodStart", year - 2, "periodEnd", year, "valuation", valuation, "previousValuation", previous,
                "previousGoalExisted", existed, "followUp", paragraphs(followUp)));
    }
}
