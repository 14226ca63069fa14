package se.rus.followup.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.platform.days.Days;
import se.rus.followup.replica.ReplicaActivity;
import se.rus.followup.upsert.ImportEffect;
import se.rus.platform.events.EventPublisher;
import se.rus.platform.security.CurrentActor;
import se.rus.platform.text.TextBlocks;
import se.rus.platform.web.MergePatch;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.ProblemException;
import se.rus.platform.time.TimeSource;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Use case: the working group records, replaces or amends what became of a planned activity. */
@ApplicationScoped
public class RecordingOutcome {

    @Inject
    EventPublisher events;

    @Inject
    CurrentActor actor;

    @Inject
    TimeSource time;

    @Inject
    MergePatch mergePatch;

    @Transactional
    public ActivityOutcome record(int year, UUID activityId, OutcomeContent content) {
        ReplicaActivity activity = knownActivity(year, activityId);
        if (ActivityOutcome.findByActivity(activity.id).isPresent()) {
            throw ProblemException.conflict("Aktiviteten " + activityId + " har redan ett utfall; ändra det i stället");
        }
        ActivityOutcome outcome = new ActivityOutcome();
        outcome.id = UUID.randomUUID();
        outcome.year = year;
        outcome.activityId = activity.id;
        outcome.createdAt = time.now();
        outcome.createdBy = actor.get().subject();
        apply(outcome, content);
        outcome.persist();
        publish(OutcomeEvents.OUTCOME_RECORDED, outcome);
        return outcome;
    }

    @Transactional
    public ActivityOutcome replace(int year, UUID id, String ifMatch, OutcomeContent content) {
        ActivityOutcome outcome = existing(year, id);
        Preconditions.requireMatch(ifMatch, outcome.version);
        return change(outcome, content);
    }

    /** JSON Merge Patch over the current content, validated like a PUT body. */
    @Transactional
    public ActivityOutcome patch(int year, UUID id, String ifMatch, String patch) throws IOException {
        ActivityOutcome outcome = existing(year, id);
        Preconditions.requireMatch(ifMatch, outcome.version);
        return change(outcome, mergePatch.apply(new OutcomeContent(outcome.status, outcome.narrative, outcome.daysSpent),
                patch, OutcomeContent.class));
    }

    /** For the bulk import: records or changes the activity's outcome, and leaves an identical one alone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportEffect upsert(int year, UUID activityId, OutcomeContent content) {
        Optional<ActivityOutcome> existing = ActivityOutcome.findByActivity(activityId);
        if (existing.isEmpty()) {
            record(year, activityId, content);
            return ImportEffect.CREATED;
        }
        boolean changed = !sameContent(existing.get(), content);
        change(existing.get(), content);
        return changed ? ImportEffect.CHANGED : ImportEffect.UNCHANGED;
    }

    private ActivityOutcome change(ActivityOutcome outcome, OutcomeContent content) {
        knownActivity(outcome.year, outcome.activityId);
        if (sameContent(outcome, content)) {
            return outcome;
        }
        apply(outcome, content);
        // flushing bumps the version now, so the response's ETag is the one the change is stored with
        ActivityOutcome.getEntityManager().flush();
        publish(OutcomeEvents.OUTCOME_CHANGED, outcome);
        return outcome;
    }

    static boolean sameContent(ActivityOutcome outcome, OutcomeContent content) {
        return outcome.status == content.status()
                && Objects.equals(outcome.narrative, content.narrative())
                && (outcome.daysSpent == null ? content.daysSpent() == null
                : content.daysSpent() != null && outcome.daysSpent.compareTo(content.daysSpent()) == 0);
    }

    private void apply(ActivityOutcome outcome, OutcomeContent content) {
        outcome.status = content.status();
        outcome.narrative = TextBlocks.requireWellFormed("narrative", content.narrative());
        outcome.daysSpent = content.daysSpent();
        outcome.updatedAt = time.now();
        outcome.updatedBy = actor.get().subject();
    }

    private void publish(String type, ActivityOutcome outcome) {
        OutcomeEvents.OutcomeState state = OutcomeEvents.OutcomeState.of(outcome);
        events.publish(OutcomeEvents.TOPIC, Integer.toString(outcome.year), type, outcome.id.toString(),
                new OutcomeEvents.OutcomeState(state.id(), state.year(), state.activityId(), state.status(),
                        state.narrative(), Days.normalise(state.daysSpent())));
    }

    static ActivityOutcome existing(int year, UUID id) {
        return ActivityOutcome.findInYear(year, id)
                .orElseThrow(() -> ProblemException.notFound("Inget utfall " + id + " för " + year));
    }

    static ReplicaActivity knownActivity(int year, UUID activityId) {
        ReplicaActivity activity = ReplicaActivity.findCurrent(activityId).orElseThrow(() ->
                ProblemException.unprocessable("Aktiviteten " + activityId
                        + " är okänd för uppföljningstjänsten: ingen planeringshändelse om den har kommit hit (ännu)"));
        if (activity.year != year) {
            throw ProblemException.unprocessable("Aktiviteten " + activityId + " hör till verksamhetsplanen "
                    + activity.year + ", inte " + year);
        }
        return activity;
    }
}
