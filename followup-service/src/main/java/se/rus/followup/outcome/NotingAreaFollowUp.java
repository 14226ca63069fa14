package se.rus.followup.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.followup.replica.ReplicaArea;
import se.rus.followup.upsert.ImportEffect;
import se.rus.platform.events.EventPublisher;
import se.rus.platform.security.CurrentActor;
import se.rus.platform.text.TextBlock;
import se.rus.platform.text.TextBlocks;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.ProblemException;
import se.rus.platform.time.TimeSource;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Use case: the working group writes an area's resource follow-up note. */
@ApplicationScoped
public class NotingAreaFollowUp {

    @Inject
    EventPublisher events;

    @Inject
    CurrentActor actor;

    @Inject
    TimeSource time;

    public record Noted(AreaFollowUp followUp, ReplicaArea area, boolean created, boolean changed) {
    }

    /** Creates the note, or replaces it; replacing an existing note needs its ETag in If-Match. */
    @Transactional
    public Noted note(int year, UUID areaId, String ifMatch, List<TextBlock> note) {
        AreaFollowUp.findByArea(areaId).ifPresent(followUp -> Preconditions.requireMatch(ifMatch, followUp.version));
        return write(year, areaId, note);
    }

    /** For the bulk import: writes the note unless it is already exactly this. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportEffect upsert(int year, UUID areaId, List<TextBlock> note) {
        Noted noted = write(year, areaId, note);
        if (noted.created()) {
            return ImportEffect.CREATED;
        }
        return noted.changed() ? ImportEffect.CHANGED : ImportEffect.UNCHANGED;
    }

    private Noted write(int year, UUID areaId, List<TextBlock> note) {
        ReplicaArea area = knownArea(year, areaId);
        Optional<AreaFollowUp> existing = AreaFollowUp.findByArea(areaId);
        AreaFollowUp followUp = existing.orElseGet(() -> {
            AreaFollowUp created = new AreaFollowUp();
            created.id = UUID.randomUUID();
            created.year = year;
            created.areaId = areaId;
            return created;
        });
        List<TextBlock> wellFormed = TextBlocks.requireWellFormed("note", note);
        if (existing.isPresent() && wellFormed.equals(followUp.note)) {
            return new Noted(followUp, area, false, false);
        }
        followUp.note = wellFormed;
        followUp.updatedAt = time.now();
        followUp.updatedBy = actor.get().subject();
        followUp.persistAndFlush();
        events.publish(OutcomeEvents.TOPIC, Integer.toString(year), OutcomeEvents.AREA_FOLLOW_UP_NOTED,
                areaId.toString(), new OutcomeEvents.AreaFollowUpState(year, areaId, area.name, followUp.note));
        return new Noted(followUp, area, existing.isEmpty(), true);
    }

    static ReplicaArea knownArea(int year, UUID areaId) {
        ReplicaArea area = ReplicaArea.findCurrent(areaId).orElseThrow(() -> ProblemException.unprocessable(
                "Verksamhetsområdet " + areaId + " är okänt för uppföljningstjänsten: ingen planeringshändelse om det har kommit hit (ännu)"));
        if (area.year != year) {
            throw ProblemException.unprocessable("Verksamhetsområdet " + areaId + " hör till " + area.year + ", inte " + year);
        }
        return area;
    }
}
