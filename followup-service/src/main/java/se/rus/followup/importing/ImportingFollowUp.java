package se.rus.followup.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.followup.outcome.NotingAreaFollowUp;
import se.rus.followup.outcome.OutcomeContent;
import se.rus.followup.outcome.RecordingOutcome;
import se.rus.followup.replica.ReplicaActivity;
import se.rus.followup.replica.ReplicaArea;
import se.rus.followup.replica.ReplicaGoal;
import se.rus.followup.replica.ReplicaPlan;
import se.rus.followup.upsert.ImportEffect;
import se.rus.followup.valuation.GoalPeriod;
import se.rus.followup.valuation.ValuationContent;
import se.rus.followup.valuation.ValuingGoal;
import se.rus.platform.text.TextBlocks;
import se.rus.platform.web.ProblemException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Use case: a year's outcomes, area notes and goal valuations in one transaction. Every name is
 * resolved against the planning replica before anything is written, so an unknown one rejects
 * the whole document; items equal to what is stored are left alone, which makes a re-import a no-op.
 */
@ApplicationScoped
public class ImportingFollowUp {

    @Inject
    RecordingOutcome outcomes;

    @Inject
    NotingAreaFollowUp notes;

    @Inject
    ValuingGoal valuations;

    public record Effects(int created, int changed, int unchanged) {
        static Effects of(List<ImportEffect> effects) {
            Map<ImportEffect, Integer> counts = new EnumMap<>(ImportEffect.class);
            effects.forEach(effect -> counts.merge(effect, 1, Integer::sum));
            return new Effects(counts.getOrDefault(ImportEffect.CREATED, 0),
                    counts.getOrDefault(ImportEffect.CHANGED, 0), counts.getOrDefault(ImportEffect.UNCHANGED, 0));
        }
    }

    public record Result(int year, Effects outcomes, Effects areaNotes, Effects valuations) {
    }

    private record ResolvedOutcome(UUID activityId, OutcomeContent content) {
    }

    private record ResolvedNote(UUID areaId, FollowUpDocument.Area area) {
    }

    private record ResolvedValuation(UUID goalId, Integer year, ValuationContent content) {
    }

    @Transactional
    public Result importYear(int year, FollowUpDocument document) {
        List<String> unknown = new ArrayList<>();
        List<ResolvedNote> resolvedNotes = new ArrayList<>();
        List<ResolvedOutcome> resolvedOutcomes = new ArrayList<>();
        List<FollowUpDocument.Area> areas = document.areas() == null ? List.of() : document.areas();
        for (int i = 0; i < areas.size(); i++) {
            FollowUpDocument.Area area = areas.get(i);
            Optional<ReplicaArea> known = ReplicaArea.findByName(year, area.areaName());
            if (known.isEmpty()) {
                unknown.add("verksamhetsområdet \"" + area.areaName() + "\"");
                continue;
            }
            if (area.note() != null) {
                TextBlocks.requireWellFormed("areas[" + i + "].note", area.note());
                resolvedNotes.add(new ResolvedNote(known.get().id, area));
            }
            List<FollowUpDocument.Outcome> items = area.outcomes() == null ? List.of() : area.outcomes();
            for (int j = 0; j < items.size(); j++) {
                FollowUpDocument.Outcome outcome = items.get(j);
                TextBlocks.requireWellFormed("areas[" + i + "].outcomes[" + j + "].narrative", outcome.narrative());
                Optional<ReplicaActivity> activity = ReplicaActivity.findByTitle(known.get().id, outcome.activityTitle());
                if (activity.isEmpty()) {
                    unknown.add("aktiviteten \"" + outcome.activityTitle() + "\" i \"" + area.areaName() + "\"");
                } else {
                    resolvedOutcomes.add(new ResolvedOutcome(activity.get().id,
                            new OutcomeContent(outcome.status(), outcome.narrative(), outcome.daysSpent())));
                }
            }
        }
        List<ResolvedValuation> resolvedValuations = new ArrayList<>();
        List<FollowUpDocument.Valuation> valuationItems = document.valuations() == null ? List.of() : document.valuations();
        GoalPeriod period = null;
        if (!valuationItems.isEmpty()) {
            ReplicaPlan plan = ReplicaPlan.findByYear(year).filter(p -> p.periodStart != null && p.periodEnd != null)
                    .orElseThrow(() -> ProblemException.unprocessable("Ingen verksamhetsplan för " + year
                            + " är känd för uppföljningstjänsten, så treårsmålens period är okänd"));
            period = new GoalPeriod(plan.periodStart, plan.periodEnd);
            for (int k = 0; k < valuationItems.size(); k++) {
                FollowUpDocument.Valuation item = valuationItems.get(k);
                String field = "valuations[" + k + "].";
                TextBlocks.requireWellFormed(field + "followUp", item.followUp());
                ValuationContent content = new ValuationContent(item.valuation(), item.previousValuation(),
                        item.previousGoalExisted(), item.followUp());
                ValuingGoal.requireConsistent(field, content);
                if (item.year() != null && !period.contains(item.year())) {
                    throw ProblemException.invalid(field + "year", "ska vara ett år inom perioden " + period);
                }
                Optional<ReplicaGoal> goal = ReplicaGoal.findByText(period.start(), period.end(), item.areaName(),
                        item.goalText());
                if (goal.isEmpty()) {
                    unknown.add("treårsmålet \"" + abbreviated(item.goalText()) + "\" i \"" + item.areaName() + "\"");
                } else {
                    resolvedValuations.add(new ResolvedValuation(goal.get().id, item.year(), content));
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable("Okänt för uppföljningstjänstens kopia av verksamhetsplanen "
                    + year + ": " + String.join("; ", unknown));
        }
        List<ImportEffect> noteEffects = new ArrayList<>();
        resolvedNotes.forEach(note -> noteEffects.add(notes.upsert(year, note.areaId(), note.area().note())));
        List<ImportEffect> outcomeEffects = new ArrayList<>();
        resolvedOutcomes.forEach(o -> outcomeEffects.add(outcomes.upsert(year, o.activityId(), o.content())));
        List<ImportEffect> valuationEffects = new ArrayList<>();
        for (ResolvedValuation v : resolvedValuations) {
            valuationEffects.add(valuations.upsert(period, v.goalId(), v.year(), v.content()));
        }
        return new Result(year, Effects.of(outcomeEffects), Effects.of(noteEffects), Effects.of(valuationEffects));
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
