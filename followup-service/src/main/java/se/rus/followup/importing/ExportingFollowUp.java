package se.rus.followup.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.rus.followup.outcome.ActivityOutcome;
import se.rus.followup.outcome.AreaFollowUp;
import se.rus.platform.days.Days;
import se.rus.followup.replica.ReplicaActivity;
import se.rus.followup.replica.ReplicaArea;
import se.rus.followup.replica.ReplicaGoal;
import se.rus.followup.valuation.GoalValuation;
import se.rus.platform.web.ProblemException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Use case: write a year's follow-up out as the document {@link ImportingFollowUp} reads, so that importing the
 * export restores it (once the plan is there) and exporting again gives the same document. Areas and activities by
 * name, in the plan's order; the valuations of this year (each with its year), goals in the plan's area order and
 * their own. What belongs to an activity or goal the plan no longer has cannot be named, so it is not exported.
 */
@ApplicationScoped
public class ExportingFollowUp {

    @Transactional
    public FollowUpDocument export(int year) {
        List<ReplicaArea> planAreas = ReplicaArea.<ReplicaArea>list("year = ?1 and removed = false order by position, name", year);
        List<FollowUpDocument.Area> areas = new ArrayList<>();
        for (ReplicaArea area : planAreas) {
            List<FollowUpDocument.Outcome> outcomes = ReplicaActivity.<ReplicaActivity>list(
                            "areaId = ?1 and removed = false order by position, title", area.id).stream()
                    .flatMap(activity -> ActivityOutcome.findByActivity(activity.id).stream()
                            .map(o -> new FollowUpDocument.Outcome(activity.title, o.status, List.copyOf(o.narrative),
                                    Days.normalise(o.daysSpent))))
                    .toList();
            Optional<AreaFollowUp> note = AreaFollowUp.findByArea(area.id);
            if (note.isPresent() || !outcomes.isEmpty()) {
                areas.add(new FollowUpDocument.Area(area.name, note.map(n -> List.copyOf(n.note)).orElse(null), outcomes));
            }
        }
        List<FollowUpDocument.Valuation> valuations = valuationsOf(year, planAreas);
        if (areas.isEmpty() && valuations.isEmpty()) {
            throw ProblemException.notFound("Ingen uppföljning är registrerad för " + year);
        }
        return new FollowUpDocument(areas, valuations);
    }

    private record Valued(ReplicaGoal goal, GoalValuation valuation) {
    }

    private static List<FollowUpDocument.Valuation> valuationsOf(int year, List<ReplicaArea> planAreas) {
        Map<String, Integer> areaOrder = planAreas.stream()
                .collect(Collectors.toMap(a -> a.name, a -> a.position == null ? Integer.MAX_VALUE : a.position, Math::min));
        return GoalValuation.<GoalValuation>list("year", year).stream()
                .flatMap(v -> ReplicaGoal.findCurrent(v.goalId).map(goal -> new Valued(goal, v)).stream())
                .sorted(Comparator.<Valued>comparingInt(v -> areaOrder.getOrDefault(v.goal().areaName, Integer.MAX_VALUE))
                        .thenComparing(v -> v.goal().areaName)
                        .thenComparing(v -> v.goal().position, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(v -> v.goal().text))
                .map(v -> new FollowUpDocument.Valuation(v.goal().areaName, v.goal().text, v.valuation().year,
                        v.valuation().valuation, v.valuation().previousValuation, v.valuation().previousGoalExisted,
                        List.copyOf(v.valuation().followUp)))
                .toList();
    }
}
