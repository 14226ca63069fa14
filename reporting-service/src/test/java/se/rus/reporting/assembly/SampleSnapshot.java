package se.rus.reporting.assembly;

import se.rus.platform.text.TextBlock;
import se.rus.reporting.model.Editorial;
import se.rus.reporting.projection.FinancePayloads;
import se.rus.reporting.projection.ProjectedActivity;
import se.rus.reporting.projection.ProjectedArea;
import se.rus.reporting.projection.ProjectedAreaNote;
import se.rus.reporting.projection.ProjectedBudgetPost;
import se.rus.reporting.projection.ProjectedCoFinancing;
import se.rus.reporting.projection.ProjectedFinancialYear;
import se.rus.reporting.projection.ProjectedGoal;
import se.rus.reporting.projection.ProjectedLedgerEntry;
import se.rus.reporting.projection.ProjectedOutcome;
import se.rus.reporting.projection.ProjectedOutsideFunds;
import se.rus.reporting.projection.ProjectedPlan;
import se.rus.reporting.projection.ProjectedValuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Projection rows shaped like the 2024 report, built in memory for the pure assembler and renderers. */
public final class SampleSnapshot {

    public final List<ProjectedPlan> plans = new ArrayList<>();
    public final List<ProjectedArea> areas = new ArrayList<>();
    public final List<ProjectedActivity> activities = new ArrayList<>();
    public final List<ProjectedOutcome> outcomes = new ArrayList<>();
    public final List<ProjectedAreaNote> notes = new ArrayList<>();
    public final List<ProjectedGoal> goals = new ArrayList<>();
    public final List<ProjectedValuation> valuations = new ArrayList<>();
    public final List<ProjectedBudgetPost> posts = new ArrayList<>();
    public final List<ProjectedLedgerEntry> entries = new ArrayList<>();
    public final List<ProjectedCoFinancing> coFinancing = new ArrayList<>();
    public final List<ProjectedOutsideFunds> outsideFunds = new ArrayList<>();
    public final List<FinancePayloads.Coverer> coverage = new ArrayList<>();
    public ProjectedFinancialYear financialYear;
    public SampleSnapshot previousYear;
    public final int year;
    public int periodStart = 2022;
    public int periodEnd = 2024;

    public SampleSnapshot(int year) {
        this.year = year;
    }

    public static SampleSnapshot year2024() {
        SampleSnapshot s = new SampleSnapshot(2024);
        ProjectedPlan plan = new ProjectedPlan();
        plan.id = UUID.randomUUID();
        plan.year = 2024;
        plan.title = "RUS verksamhetsplan 2024";
        plan.periodStart = 2022;
        plan.periodEnd = 2024;
        plan.status = "ADOPTED";
        s.plans.add(plan);
        ProjectedArea followUp = s.area(1, "Miljömålsuppföljning", "I verksamhetsplanen 2024 tidsattes denna till 154 arbetsdagar.");
        ProjectedArea support = s.area(2, "Stöd i åtgärdsarbetet", null);
        s.outcome(s.activity(followUp, 1, "Miljöövervakning", "119", true, "NONE"), "DONE_AS_PLANNED", "Ett förslag till aktivitetsplan har tagits fram.");
        s.outcome(s.activity(followUp, 2, "Indikatorutveckling", "35", false, "NONE"), "PARTLY_DONE", "Arbetet är inte så aktivt.");
        s.outcome(s.activity(support, 1, "Miljömålsprocessen fokus länsstyrelseinstruktionen 6 §", "55", true, "PARTIAL"), "DONE_AS_PLANNED", "Vägledning fastställdes.");
        s.outcome(s.activity(support, 2, "Robusthet, resiliens och beredskap", "12.5", false, "FULL"), "PARTLY_DONE", "Ett seminarium <hölls>.");
        s.valuation(s.goal("Miljömålsuppföljning", 1, "Regional årlig uppföljning är ändamålsenlig."), 1, 1, true);
        s.valuation(s.goal("Miljömålsuppföljning", 2, "Miljöövervakningen används mer."), 1, 2, true);
        s.valuation(s.goal("Stöd i åtgärdsarbetet", 1, "RUS bidrar i Miljömålsrådet."), 1, null, false);
        s.financialYear = new ProjectedFinancialYear();
        s.financialYear.year = 2024;
        s.financialYear.appropriationName = "Anslag 1:2 Miljöövervakning";
        s.financialYear.appropriation = new BigDecimal("6000000.00");
        s.financialYear.keyDistributed = new BigDecimal("1500000.00");
        ProjectedBudgetPost salaries = s.post(1, "Löner, resor m.m. RUS", "3700000.00", "Avser RUS arbetsgrupps löner.");
        ProjectedBudgetPost events = s.post(2, "Arrangemang", "200000.00", "Miljömålsdagarna och Nobelmötet.");
        ProjectedBudgetPost projects = s.post(3, "Projekt/insatser", "550000.00", "Direkta medel.");
        s.post(4, "Övrigt", "50000.00", null);
        s.entry(salaries.id, salaries.name, "4202289.71");
        s.entry(salaries.id, salaries.name, "57371.00");
        s.entry(events.id, events.name, "234440.00");
        s.entry(projects.id, projects.name, "451500.71");
        s.coFinancing("LEKS (klimat och energi)", "220000.00", null);
        s.coverage.add(new FinancePayloads.Coverer(1, "Länsstyrelsen Gävleborg", "Resterande underskott"));
        return s;
    }

    /**
     * An invented surplus year, the first of goal period 2031–2033, with 2030 before it: a new post and a
     * fourth area (no 2030 counterpart), a negative correction, three co-financiers recorded in an order
     * that is not alphabetical, a goal continuing a 2028–2030 goal, one with only a historical value and
     * one not valued yet. Budget 4 600 000,00, outcome 4 428 000,00: surplus 172 000,00; after
     * co-financing 300 000,00 surplus 472 000,00.
     */
    public static SampleSnapshot year2031() {
        SampleSnapshot s = new SampleSnapshot(2031);
        s.periodStart = 2031;
        s.periodEnd = 2033;
        ProjectedPlan plan = new ProjectedPlan();
        plan.id = UUID.randomUUID();
        plan.year = 2031;
        plan.title = "RUS verksamhetsplan 2031";
        plan.periodStart = 2031;
        plan.periodEnd = 2033;
        plan.status = "ADOPTED";
        s.plans.add(plan);
        ProjectedArea followUp = s.area(1, "Miljömålsuppföljning", null);
        ProjectedArea climate = s.area(4, "Klimatanpassning", null);
        s.outcome(s.activity(followUp, 1, "Miljöövervakning", "120", true, "NONE"), "DONE_AS_PLANNED", "Klart.");
        s.outcome(s.activity(climate, 1, "Klimatanpassningsnätverk", "40", false, "FULL"), "CANCELLED", "Inställt.");
        ProjectedBudgetPost salaries = s.post(1, "Löner, resor m.m. RUS", "3800000.00", "Löner.");
        ProjectedBudgetPost climatePost = s.post(2, "Klimatanpassning", "800000.00", "Ny post 2031.");
        s.entry(salaries.id, salaries.name, "3700000.00");
        s.entry(salaries.id, salaries.name, "-12000.00");
        s.entry(climatePost.id, climatePost.name, "740000.00");
        s.coFinancing("Region Norr", "150000.00", "gemensamt seminarium");
        s.coFinancing("Havs- och vattenmyndigheten", "100000.00", "vattenplanering");
        s.coFinancing("Boverket", "50000.00", "fysisk planering");
        s.outsideFunds("FO vatten och miljömål", "30000.00", "arbete i RUS");
        s.coverage.add(new FinancePayloads.Coverer(1, "Länsstyrelsen Gävleborg", "Resterande underskott"));

        ProjectedGoal earlier = new ProjectedGoal();
        earlier.id = UUID.randomUUID();
        earlier.periodStart = 2028;
        earlier.periodEnd = 2030;
        earlier.areaName = "Miljömålsuppföljning";
        earlier.text = "Uppföljningen 2028–2030.";
        s.valuation(earlier, 2030, 2, null, true);
        ProjectedGoal continued = s.goal("Miljömålsuppföljning", 1, "Regional uppföljning är ändamålsenlig.");
        continued.predecessorId = earlier.id;
        s.valuation(continued, 2031, 1, null, true);
        ProjectedGoal historical = s.goal("Miljömålsuppföljning", 2, "Indikatorerna används.");
        s.valuation(historical, 2031, null, 3, true);
        s.goal("Klimatanpassning", 1, "Klimatanpassningen samordnas.");

        SampleSnapshot before = new SampleSnapshot(2030);
        ProjectedArea followUp2030 = before.area(1, "Miljömålsuppföljning", null);
        before.activity(followUp2030, 1, "Miljöövervakning", "110", true, "NONE");
        before.activity(followUp2030, 2, "Indikatorutveckling", "20", false, "NONE");
        ProjectedBudgetPost salaries2030 = before.post(1, "Löner, resor m.m. RUS", "3700000.00", null);
        before.entry(salaries2030.id, salaries2030.name, "3750000.50");
        s.previousYear = before;
        return s;
    }

    public ProjectionSnapshot snapshot() {
        return new ProjectionSnapshot(plans, areas, activities, outcomes, notes, goals, valuations, financialYear,
                posts, entries, coFinancing, outsideFunds, coverage, previousYear == null ? null : previousYear.snapshot());
    }

    public AssembledReport assemble() {
        return ReportAssembler.assemble(year, snapshot(), new Editorial("RUS verksamhetsberättelse " + year,
                List.of(TextBlock.paragraph("RUS verksamhet under året redovisas här först kortfattat.")),
                List.of(TextBlock.paragraph("RUS arbetar med miljömålsuppföljning.")),
                List.of("Medarrangerat miljömålsdagarna i Luleå."),
                List.of(TextBlock.paragraph("Bedömningen är att RUS insatser bidragit till målen.")),
                List.of(TextBlock.paragraph("I uppföljningen nämns också värderingen för motsvarande mål för föregående period.")), null, null));
    }

    public ProjectedArea area(int position, String name, String note) {
        ProjectedArea area = new ProjectedArea();
        area.id = UUID.randomUUID();
        area.year = year;
        area.position = position;
        area.name = name;
        area.resourceNote = note;
        areas.add(area);
        return area;
    }

    public ProjectedActivity activity(ProjectedArea area, int position, String title, String days, boolean prioritised,
                               String effort) {
        ProjectedActivity activity = new ProjectedActivity();
        activity.id = UUID.randomUUID();
        activity.year = year;
        activity.areaId = area.id;
        activity.areaName = area.name;
        activity.position = position;
        activity.title = title;
        activity.description = List.of();
        activity.plannedDays = new BigDecimal(days);
        activity.prioritised = prioritised;
        activity.developmentEffort = effort;
        activity.responsible = List.of();
        activities.add(activity);
        return activity;
    }

    public ProjectedOutcome outcome(ProjectedActivity activity, String status, String narrative) {
        ProjectedOutcome outcome = new ProjectedOutcome();
        outcome.activityId = activity.id;
        outcome.id = UUID.randomUUID();
        outcome.year = year;
        outcome.status = status;
        outcome.narrative = List.of(TextBlock.paragraph(narrative));
        outcomes.add(outcome);
        return outcome;
    }

    public ProjectedGoal goal(String area, int position, String text) {
        ProjectedGoal goal = new ProjectedGoal();
        goal.id = UUID.randomUUID();
        goal.periodStart = periodStart;
        goal.periodEnd = periodEnd;
        goal.areaName = area;
        goal.position = position;
        goal.text = text;
        goals.add(goal);
        return goal;
    }

    public void valuation(ProjectedGoal goal, int valuation, Integer previous, boolean existed) {
        valuation(goal, goal.periodEnd, valuation, previous, existed);
    }

    public ProjectedValuation valuation(ProjectedGoal goal, int valuedYear, Integer valuation, Integer previous, boolean existed) {
        ProjectedValuation v = new ProjectedValuation();
        v.goalId = goal.id;
        v.id = UUID.randomUUID();
        v.periodStart = goal.periodStart;
        v.periodEnd = goal.periodEnd;
        v.year = valuedYear;
        v.valuation = valuation;
        v.previousValuation = previous;
        v.previousGoalExisted = existed;
        v.followUp = List.of(TextBlock.paragraph("Arbete har skett kontinuerligt."));
        valuations.add(v);
        return v;
    }

    /** Recorded in the order of the calls: the entry order the report keeps. */
    public ProjectedCoFinancing coFinancing(String source, String amount, String description) {
        ProjectedCoFinancing funds = new ProjectedCoFinancing();
        funds.id = UUID.randomUUID();
        funds.year = year;
        funds.source = source;
        funds.amount = new BigDecimal(amount);
        funds.description = description;
        coFinancing.add(funds);
        return funds;
    }

    public ProjectedOutsideFunds outsideFunds(String source, String amount, String description) {
        ProjectedOutsideFunds funds = new ProjectedOutsideFunds();
        funds.id = UUID.randomUUID();
        funds.year = year;
        funds.source = source;
        funds.amount = new BigDecimal(amount);
        funds.description = description;
        outsideFunds.add(funds);
        return funds;
    }

    public ProjectedBudgetPost post(int position, String name, String budget, String comment) {
        ProjectedBudgetPost post = new ProjectedBudgetPost();
        post.id = UUID.randomUUID();
        post.year = year;
        post.position = position;
        post.name = name;
        post.budget = new BigDecimal(budget);
        post.comment = comment == null ? List.of() : List.of(TextBlock.paragraph(comment));
        posts.add(post);
        return post;
    }

    public ProjectedLedgerEntry entry(UUID post, String postName, String amount) {
        ProjectedLedgerEntry entry = new ProjectedLedgerEntry();
        entry.id = UUID.randomUUID();
        entry.year = year;
        entry.postId = post;
        entry.postName = postName;
        entry.amount = new BigDecimal(amount);
        entries.add(entry);
        return entry;
    }
}
