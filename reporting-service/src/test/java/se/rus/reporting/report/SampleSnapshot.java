package se.rus.reporting.report;

import se.rus.platform.text.TextBlock;
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
import se.rus.reporting.projection.TextBlocks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Projection rows shaped like the 2024 report, built in memory for the pure assembler and renderers. */
final class SampleSnapshot {

    final List<ProjectedPlan> plans = new ArrayList<>();
    final List<ProjectedArea> areas = new ArrayList<>();
    final List<ProjectedActivity> activities = new ArrayList<>();
    final List<ProjectedOutcome> outcomes = new ArrayList<>();
    final List<ProjectedAreaNote> notes = new ArrayList<>();
    final List<ProjectedGoal> goals = new ArrayList<>();
    final List<ProjectedValuation> valuations = new ArrayList<>();
    final List<ProjectedBudgetPost> posts = new ArrayList<>();
    final List<ProjectedLedgerEntry> entries = new ArrayList<>();
    final List<ProjectedCoFinancing> coFinancing = new ArrayList<>();
    final List<ProjectedOutsideFunds> outsideFunds = new ArrayList<>();
    final List<FinancePayloads.Coverer> coverage = new ArrayList<>();
    ProjectedFinancialYear financialYear;

    static SampleSnapshot year2024() {
        SampleSnapshot s = new SampleSnapshot();
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
        ProjectedCoFinancing leks = new ProjectedCoFinancing();
        leks.id = UUID.randomUUID();
        leks.year = 2024;
        leks.source = "LEKS (klimat och energi)";
        leks.amount = new BigDecimal("220000.00");
        s.coFinancing.add(leks);
        s.coverage.add(new FinancePayloads.Coverer(1, "Länsstyrelsen Gävleborg", "Resterande underskott"));
        return s;
    }

    ProjectionSnapshot snapshot() {
        return new ProjectionSnapshot(plans, areas, activities, outcomes, notes, goals, valuations, financialYear,
                posts, entries, coFinancing, outsideFunds, coverage);
    }

    AssembledReport assemble() {
        return ReportAssembler.assemble(2024, snapshot(), new Editorial("RUS verksamhetsberättelse 2024",
                "Verksamhetsberättelsen är godkänd av RUS styrgrupp vid mötet 2025-02-05.",
                List.of(TextBlock.paragraph("RUS verksamhet under året redovisas här först kortfattat.")),
                List.of(TextBlock.paragraph("RUS arbetar med miljömålsuppföljning.")),
                List.of("Medarrangerat miljömålsdagarna i Luleå."),
                List.of(TextBlock.paragraph("Bedömningen är att RUS insatser bidragit till målen."))));
    }

    ProjectedArea area(int position, String name, String note) {
        ProjectedArea area = new ProjectedArea();
        area.id = UUID.randomUUID();
        area.year = 2024;
        area.position = position;
        area.name = name;
        area.resourceNote = note;
        areas.add(area);
        return area;
    }

    ProjectedActivity activity(ProjectedArea area, int position, String title, String days, boolean prioritised,
                               String effort) {
        ProjectedActivity activity = new ProjectedActivity();
        activity.id = UUID.randomUUID();
        activity.year = 2024;
        activity.areaId = area.id;
        activity.areaName = area.name;
        activity.position = position;
        activity.title = title;
        activity.description = TextBlocks.write(List.of());
        activity.plannedDays = new BigDecimal(days);
        activity.prioritised = prioritised;
        activity.developmentEffort = effort;
        activity.responsible = TextBlocks.write(List.of());
        activities.add(activity);
        return activity;
    }

    ProjectedOutcome outcome(ProjectedActivity activity, String status, String narrative) {
        ProjectedOutcome outcome = new ProjectedOutcome();
        outcome.activityId = activity.id;
        outcome.id = UUID.randomUUID();
        outcome.year = 2024;
        outcome.status = status;
        outcome.narrative = TextBlocks.write(List.of(TextBlock.paragraph(narrative)));
        outcomes.add(outcome);
        return outcome;
    }

    ProjectedGoal goal(String area, int position, String text) {
        ProjectedGoal goal = new ProjectedGoal();
        goal.id = UUID.randomUUID();
        goal.periodStart = 2022;
        goal.periodEnd = 2024;
        goal.areaName = area;
        goal.position = position;
        goal.text = text;
        goals.add(goal);
        return goal;
    }

    void valuation(ProjectedGoal goal, int valuation, Integer previous, boolean existed) {
        ProjectedValuation v = new ProjectedValuation();
        v.goalId = goal.id;
        v.id = UUID.randomUUID();
        v.periodStart = 2022;
        v.periodEnd = 2024;
        v.valuation = valuation;
        v.previousValuation = previous;
        v.previousGoalExisted = existed;
        v.followUp = TextBlocks.write(List.of(TextBlock.paragraph("Arbete har skett kontinuerligt.")));
        valuations.add(v);
    }

    ProjectedBudgetPost post(int position, String name, String budget, String comment) {
        ProjectedBudgetPost post = new ProjectedBudgetPost();
        post.id = UUID.randomUUID();
        post.year = 2024;
        post.position = position;
        post.name = name;
        post.budget = new BigDecimal(budget);
        post.comment = TextBlocks.write(comment == null ? List.of() : List.of(TextBlock.paragraph(comment)));
        posts.add(post);
        return post;
    }

    ProjectedLedgerEntry entry(UUID post, String postName, String amount) {
        ProjectedLedgerEntry entry = new ProjectedLedgerEntry();
        entry.id = UUID.randomUUID();
        entry.year = 2024;
        entry.postId = post;
        entry.postName = postName;
        entry.amount = new BigDecimal(amount);
        entries.add(entry);
        return entry;
    }
}
