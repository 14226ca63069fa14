package se.rus.planning.goal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.platform.events.EventPublisher;
import se.rus.platform.ordering.Positions;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.ProblemException;

import java.util.List;
import java.util.UUID;

/** Use case: the working group defines, rewords, reorders and removes the three-year goals of a period. */
@ApplicationScoped
public class DefiningGoals {

    @Inject
    EventPublisher events;

    @Transactional
    public Goal define(Period period, GoalContent content) {
        requireUniqueText(period, content.areaName(), content.text(), null);
        Goal.requirePredecessor(period, content.predecessorId(), "predecessorId");
        Goal goal = new Goal();
        goal.id = UUID.randomUUID();
        goal.periodStart = period.start();
        goal.periodEnd = period.end();
        goal.areaName = content.areaName();
        goal.text = content.text();
        goal.predecessorId = content.predecessorId();
        renumber(Positions.place(Goal.ofArea(period, content.areaName()), goal, content.position()), goal);
        goal.persist();
        GoalEvents.publish(events, GoalEvents.GOAL_DEFINED, goal);
        Goal.flush();
        return goal;
    }

    @Transactional
    public Goal replace(Period period, UUID id, String ifMatch, GoalContent content) {
        Goal goal = Goal.require(period, id);
        Preconditions.requireMatch(ifMatch, goal.version);
        requireUniqueText(period, content.areaName(), content.text(), goal);
        Goal.requirePredecessor(period, content.predecessorId(), "predecessorId");
        GoalEvents.GoalState before = GoalEvents.GoalState.of(goal);
        String sourceArea = goal.areaName;
        goal.areaName = content.areaName();
        goal.text = content.text();
        goal.predecessorId = content.predecessorId();
        if (!sourceArea.equals(goal.areaName)) {
            renumber(Goal.ofArea(period, sourceArea).stream().filter(g -> g != goal).toList(), goal);
            List<Goal> others = Goal.ofArea(period, goal.areaName).stream().filter(g -> g != goal).toList();
            renumber(Positions.place(others, goal, content.position()), goal);
        } else if (content.position() != null && content.position() != goal.position) {
            List<Goal> others = Goal.ofArea(period, goal.areaName).stream().filter(g -> g != goal).toList();
            renumber(Positions.place(others, goal, content.position()), goal);
        }
        if (!before.equals(GoalEvents.GoalState.of(goal))) {
            GoalEvents.publish(events, GoalEvents.GOAL_CHANGED, goal);
        }
        Goal.flush();
        return goal;
    }

    @Transactional
    public void remove(Period period, UUID id, String ifMatch) {
        Goal goal = Goal.require(period, id);
        Preconditions.requireMatch(ifMatch, goal.version);
        Goal.requireNotContinued(goal);
        GoalEvents.publish(events, GoalEvents.GOAL_REMOVED, goal);
        List<Goal> others = Goal.ofArea(period, goal.areaName).stream().filter(g -> g != goal).toList();
        goal.delete();
        renumber(others, null);
    }

    private static void requireUniqueText(Period period, String areaName, String text, Goal self) {
        Goal.findByText(period, areaName, text).filter(other -> other != self).ifPresent(other -> {
            throw ProblemException.conflict("Området " + areaName + " har redan detta mål för perioden " + period);
        });
    }

    /** Gives every goal its place in {@code order}; siblings that moved publish GoalChanged. */
    private void renumber(List<Goal> order, Goal subject) {
        for (int i = 0; i < order.size(); i++) {
            Goal goal = order.get(i);
            if (goal.position != i + 1) {
                goal.position = i + 1;
                if (goal != subject) {
                    GoalEvents.publish(events, GoalEvents.GOAL_CHANGED, goal);
                }
            }
        }
    }
}
