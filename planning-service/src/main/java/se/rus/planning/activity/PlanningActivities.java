package se.rus.planning.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.planning.area.Area;
import se.rus.planning.common.BusinessRules;
import se.rus.planning.plan.Plan;
import se.rus.platform.events.EventPublisher;
import se.rus.platform.ordering.Positions;
import se.rus.platform.text.TextBlocks;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.ProblemException;

import java.util.List;
import java.util.UUID;

/** Use case: the working group plans, changes, moves and removes the activities of a plan. */
@ApplicationScoped
public class PlanningActivities {

    @Inject
    EventPublisher events;

    @Transactional
    public Activity plan(int year, ActivityContent content) {
        Plan plan = Plan.requireByYear(year);
        Area area = areaOf(plan, content.areaId());
        requireUniqueTitle(area, content.title(), null);
        Activity.requireContinuable(year, content.continuesActivityId(), "continuesActivityId");
        Activity activity = new Activity();
        activity.id = UUID.randomUUID();
        activity.area = area;
        apply(activity, content);
        renumber(Positions.place(Activity.ofArea(area), activity, content.position()), activity);
        activity.persist();
        ActivityEvents.publish(events, ActivityEvents.ACTIVITY_PLANNED, activity);
        Activity.flush();
        return activity;
    }

    @Transactional
    public Activity replace(int year, UUID id, String ifMatch, ActivityContent content) {
        Activity activity = Activity.require(year, id);
        Preconditions.requireMatch(ifMatch, activity.version);
        Area target = areaOf(activity.area.plan, content.areaId());
        requireUniqueTitle(target, content.title(), activity);
        Activity.requireContinuable(year, content.continuesActivityId(), "continuesActivityId");
        ActivityEvents.ActivityState before = ActivityEvents.ActivityState.of(activity);
        Area source = activity.area;
        activity.area = target;
        apply(activity, content);
        if (source != target) {
            renumber(Activity.ofArea(source).stream().filter(a -> a != activity).toList(), activity);
            List<Activity> others = Activity.ofArea(target).stream().filter(a -> a != activity).toList();
            renumber(Positions.place(others, activity, content.position()), activity);
        } else if (content.position() != null && content.position() != activity.position) {
            List<Activity> others = Activity.ofArea(target).stream().filter(a -> a != activity).toList();
            renumber(Positions.place(others, activity, content.position()), activity);
        }
        if (before.equals(ActivityEvents.ActivityState.of(activity))) {
            // the same activity, at most spelled differently (5 and 5.0 days): nothing is written, so the version
            // and the ETag stay and no event goes out
            Activity.getEntityManager().refresh(activity);
        } else {
            ActivityEvents.publish(events, ActivityEvents.ACTIVITY_CHANGED, activity);
        }
        Activity.flush();
        return activity;
    }

    @Transactional
    public void remove(int year, UUID id, String ifMatch) {
        Activity activity = Activity.require(year, id);
        Preconditions.requireMatch(ifMatch, activity.version);
        Activity.requireNotContinued(activity);
        ActivityEvents.publish(events, ActivityEvents.ACTIVITY_REMOVED, activity);
        List<Activity> others = Activity.ofArea(activity.area).stream().filter(a -> a != activity).toList();
        activity.delete();
        renumber(others, null);
    }

    private static Area areaOf(Plan plan, UUID areaId) {
        return Area.<Area>find("id = ?1 and plan = ?2", areaId, plan).firstResultOptional()
                .orElseThrow(() -> BusinessRules.violated("areaId", "planen för " + plan.year + " har inget område " + areaId));
    }

    private static void requireUniqueTitle(Area area, String title, Activity self) {
        Activity.findByTitle(area, title).filter(other -> other != self).ifPresent(other -> {
            throw ProblemException.conflict("Området " + area.name + " har redan en aktivitet med titeln " + title);
        });
    }

    private static void apply(Activity activity, ActivityContent content) {
        activity.title = content.title();
        activity.summaryTitle = Activity.summaryTitle(content.title(), content.summaryTitle());
        activity.description = TextBlocks.requireWellFormed("description", content.description());
        activity.plannedDays = content.plannedDays();
        activity.extraDays = content.extraDays();
        activity.extraEffortNote = content.extraEffortNote();
        activity.prioritised = Boolean.TRUE.equals(content.prioritised());
        activity.developmentEffort = content.developmentEffort() == null ? DevelopmentEffort.NONE : content.developmentEffort();
        activity.summaryDevelopmentEffort = content.summaryDevelopmentEffort() == activity.developmentEffort
                ? null : content.summaryDevelopmentEffort();
        activity.responsible = content.responsible() == null ? List.of() : List.copyOf(content.responsible());
        activity.continuesActivityId = content.continuesActivityId();
    }

    /** Gives every activity its place in {@code order}; siblings that moved publish ActivityChanged. */
    private void renumber(List<Activity> order, Activity subject) {
        for (int i = 0; i < order.size(); i++) {
            Activity activity = order.get(i);
            if (activity.position != i + 1) {
                activity.position = i + 1;
                if (activity != subject) {
                    ActivityEvents.publish(events, ActivityEvents.ACTIVITY_CHANGED, activity);
                }
            }
        }
    }
}
