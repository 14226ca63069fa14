package se.rus.followup.rau;

import se.rus.platform.text.VisibleText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.followup.reference.Applicability;
import se.rus.platform.time.TimeSource;
import se.rus.platform.events.EventPublisher;
import se.rus.platform.security.Actor;
import se.rus.platform.security.CurrentActor;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.ProblemException;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Use case: a county drafts, revises and submits its follow-up of an objective; the working group
 * returns or accepts it. Every status change is kept in the submission's history. A submission after
 * the round's deadline is taken but marked late; once the round is closed nothing changes any more.
 */
@ApplicationScoped
public class ReviewingSubmission {

    @Inject
    EventPublisher events;

    @Inject
    CurrentActor actor;

    @Inject
    CountyScope countyScope;

    @Inject
    Applicability applicability;

    @Inject
    TimeSource time;

    @Transactional
    public RauSubmission draft(int year, String countyCode, String objectiveCode, SubmissionContent content) {
        countyScope.requireMayWrite(countyCode);
        RauRound round = RauRound.findByYear(year).orElseThrow(() ->
                ProblemException.unprocessable("Ingen RÅU-omgång är öppnad för " + year));
        round.requireOpen();
        if (!round.objectiveCodes.contains(objectiveCode)) {
            throw ProblemException.unprocessable("Miljömålet " + objectiveCode + " ingår inte i RÅU " + year);
        }
        if (!round.countyCodes.contains(countyCode)) {
            throw ProblemException.unprocessable("Län " + countyCode + " ingår inte i RÅU " + year);
        }
        if (!applicability.applies(objectiveCode, countyCode)) {
            throw ProblemException.unprocessable("Miljömålet " + objectiveCode + " följs inte upp av län " + countyCode);
        }
        if (RauSubmission.findFor(year, countyCode, objectiveCode).isPresent()) {
            throw ProblemException.conflict("Län " + countyCode + " har redan ett underlag för " + objectiveCode
                    + " " + year + "; ändra det i stället");
        }
        RauSubmission submission = new RauSubmission();
        submission.id = UUID.randomUUID();
        submission.year = year;
        submission.countyCode = countyCode;
        submission.objectiveCode = objectiveCode;
        submission.status = SubmissionStatus.DRAFT;
        submission.createdAt = time.now();
        apply(submission, content);
        submission.persist();
        history(submission, null, null);
        publish(RauEvents.DRAFT_SAVED, submission);
        return submission;
    }

    @Transactional
    public RauSubmission revise(int year, UUID id, String ifMatch, SubmissionContent content) {
        RauSubmission submission = visible(year, id);
        countyScope.requireMayWrite(submission.countyCode);
        RauRound.existing(year).requireOpen();
        Preconditions.requireMatch(ifMatch, submission.version);
        SubmissionStatus before = submission.status;
        transition(submission, ReviewWorkflow.Action.SAVE_DRAFT);
        if (submission.status == before && holds(submission, content)) {
            return submission; // the same texts again: same version and ETag, no event
        }
        apply(submission, content);
        submission.persistAndFlush();
        publish(RauEvents.DRAFT_SAVED, submission);
        return submission;
    }

    @Transactional
    public RauSubmission submit(int year, UUID id, String ifMatch) {
        RauSubmission submission = visible(year, id);
        countyScope.requireMayWrite(submission.countyCode);
        RauRound round = RauRound.existing(year);
        round.requireOpen();
        checkIfPresent(ifMatch, submission);
        List<String> missing = ReviewWorkflow.missingForSubmission(submission.assessment, submission.trend,
                submission.summary);
        SubmissionStatus from = submission.status;
        transition(submission, ReviewWorkflow.Action.SUBMIT);
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable("Underlaget kan inte skickas in utan " + String.join(", ", missing));
        }
        submission.submittedAt = time.now();
        submission.late = Deadline.isLate(submission.submittedAt, round.deadline);
        return changeStatus(submission, from, null, RauEvents.SUBMITTED);
    }

    @Transactional
    public RauSubmission returnForRevision(int year, UUID id, String ifMatch, String comment) {
        RauSubmission submission = visible(year, id);
        RauRound.existing(year).requireOpen();
        checkIfPresent(ifMatch, submission);
        SubmissionStatus from = submission.status;
        transition(submission, ReviewWorkflow.Action.RETURN);
        submission.reviewerComment = comment;
        return changeStatus(submission, from, comment, RauEvents.RETURNED);
    }

    @Transactional
    public RauSubmission accept(int year, UUID id, String ifMatch, String comment) {
        RauSubmission submission = visible(year, id);
        RauRound.existing(year).requireOpen();
        checkIfPresent(ifMatch, submission);
        SubmissionStatus from = submission.status;
        transition(submission, ReviewWorkflow.Action.ACCEPT);
        if (!VisibleText.isBlank(comment)) {
            submission.reviewerComment = comment;
        }
        return changeStatus(submission, from, comment, RauEvents.ACCEPTED);
    }

    private RauSubmission changeStatus(RauSubmission submission, SubmissionStatus from, String comment, String type) {
        submission.updatedAt = time.now();
        submission.updatedBy = actor.get().subject();
        submission.persistAndFlush();
        history(submission, from, comment);
        publish(type, submission);
        return submission;
    }

    private static void transition(RauSubmission submission, ReviewWorkflow.Action action) {
        try {
            submission.status = ReviewWorkflow.after(submission.status, action);
        } catch (ReviewWorkflow.ForbiddenTransition e) {
            throw ProblemException.conflict(e.getMessage());
        }
    }

    /** Status actions need no If-Match (the state machine guards them), but a stale one is refused. */
    private static void checkIfPresent(String ifMatch, RauSubmission submission) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            Preconditions.requireMatch(ifMatch, submission.version);
        }
    }

    private static boolean holds(RauSubmission submission, SubmissionContent content) {
        return submission.assessment == content.assessment() && submission.trend == content.trend()
                && Objects.equals(submission.summary, content.summary())
                && Objects.equals(submission.measures, content.measures());
    }

    private void apply(RauSubmission submission, SubmissionContent content) {
        submission.assessment = content.assessment();
        submission.trend = content.trend();
        submission.summary = content.summary();
        submission.measures = content.measures();
        submission.updatedAt = time.now();
        submission.updatedBy = actor.get().subject();
    }

    private void history(RauSubmission submission, SubmissionStatus from, String comment) {
        Actor who = actor.get();
        RauStatusChange change = new RauStatusChange();
        change.id = UUID.randomUUID();
        change.submissionId = submission.id;
        change.fromStatus = from;
        change.toStatus = submission.status;
        change.comment = comment;
        change.actor = who.subject();
        change.organisation = who.organisation();
        change.changedAt = time.now();
        change.persist();
    }

    private void publish(String type, RauSubmission submission) {
        events.publish(RauEvents.TOPIC, Integer.toString(submission.year), type, submission.id.toString(),
                RauEvents.SubmissionState.of(submission));
    }

    /** A submission of another county that the caller may not see is "not found", so its existence does not leak. */
    RauSubmission visible(int year, UUID id) {
        return RauSubmission.findVisible(year, id, countyScope.visibility())
                .orElseThrow(() -> ProblemException.notFound("Inget RÅU-underlag " + id + " för " + year));
    }
}
