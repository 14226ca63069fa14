package se.rus.planning.planimport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.rus.planning.activity.Activity;
import se.rus.planning.area.Area;
import se.rus.platform.days.Days;
import se.rus.planning.goal.Goal;
import se.rus.planning.goal.Period;
import se.rus.planning.organisation.Member;
import se.rus.planning.plan.Plan;
import se.rus.planning.planimport.PlanDocument.ActivityDocument;
import se.rus.planning.planimport.PlanDocument.AreaDocument;
import se.rus.planning.planimport.PlanDocument.GoalDocument;
import se.rus.planning.planimport.PlanDocument.MemberDocument;
import se.rus.planning.planimport.PlanDocument.PredecessorReference;

import java.util.List;
import java.util.UUID;

/**
 * Use case: write a plan year out as the document {@link ImportingPlan} reads, so that importing the export restores
 * the year (into this database or an empty one) and exporting again gives the same document. Everything is in the
 * import's order (positions; goals area by area in the plan's order); predecessors are named by area and text, which needs no ids, unless that name is
 * ambiguous in the previous period.
 */
@ApplicationScoped
public class ExportingPlan {

    @Transactional
    public PlanDocument export(int year) {
        Plan plan = Plan.requireByYear(year);
        List<AreaDocument> areas = Area.ofPlan(plan).stream()
                .map(area -> new AreaDocument(area.name, area.resourceNote,
                        Activity.ofArea(area).stream().map(ExportingPlan::activity).toList()))
                .toList();
        List<GoalDocument> goals = Goal.inReportOrder(new Period(plan.periodStart, plan.periodEnd), null).stream()
                .map(ExportingPlan::goal).toList();
        List<MemberDocument> organisation = Member.ofYear(year).stream()
                .map(m -> new MemberDocument(m.memberGroup, m.name, m.organisation, m.role, m.joinedOn, m.leftOn,
                        m.replacedBy))
                .toList();
        return new PlanDocument(plan.title, plan.vision, plan.periodStart, plan.periodEnd, plan.status, areas, goals,
                organisation);
    }

    private static ActivityDocument activity(Activity activity) {
        return new ActivityDocument(activity.title, activity.summaryTitle, List.copyOf(activity.description), Days.normalise(activity.plannedDays),
                Days.normalise(activity.extraDays), activity.extraEffortNote, activity.prioritised,
                activity.developmentEffort, activity.summaryDevelopmentEffort, List.copyOf(activity.responsible));
    }

    private static GoalDocument goal(Goal goal) {
        if (goal.predecessorId == null) {
            return new GoalDocument(goal.areaName, goal.text, null, null);
        }
        Goal predecessor = Goal.findById(goal.predecessorId);
        boolean nameIsUnique = Goal.count("periodEnd = ?1 and areaName = ?2 and text = ?3", predecessor.periodEnd,
                predecessor.areaName, predecessor.text) == 1;
        return nameIsUnique
                ? new GoalDocument(goal.areaName, goal.text, null, new PredecessorReference(predecessor.areaName, predecessor.text))
                : new GoalDocument(goal.areaName, goal.text, goal.predecessorId, null);
    }
}
