package se.rus.reporting.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rus.platform.security.CurrentActor;
import se.rus.platform.text.TextBlock;
import se.rus.platform.web.Preconditions;
import se.rus.platform.web.ProblemException;
import se.rus.reporting.lifecycle.ReportLifecycle;
import se.rus.reporting.model.ReportDraft;
import se.rus.reporting.projection.ReadModelVersions;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Use case: the working group writes the report's own texts; an approved report must be reopened first. */
@ApplicationScoped
public class EditingDraft {

    @Inject
    CurrentActor actor;

    @Inject
    ReadModelVersions versions;

    public record Result(ReportDraft draft, boolean created) {
    }

    @Transactional
    public Result replace(int year, DraftRequest request, String ifMatch) {
        requireWellFormed("introduction", request.introductionOrEmpty());
        requireWellFormed("mainActivities", request.mainActivitiesOrEmpty());
        requireWellFormed("closingAssessment", request.closingAssessmentOrEmpty());
        requireWellFormed("goalsNote", request.goalsNoteOrEmpty());
        if (ReportLifecycle.isApproved(year)) {
            throw ProblemException.conflict("Verksamhetsberättelsen " + year
                    + " är godkänd; öppna den igen (POST /api/v1/reports/" + year + "/reopenings) innan texterna ändras");
        }
        ReportDraft draft = ReportDraft.findById(year);
        boolean created = draft == null;
        if (created) {
            draft = new ReportDraft();
            draft.year = year;
        } else {
            Preconditions.requireMatch(ifMatch, draft.version);
            if (unchanged(draft, request)) {
                return new Result(draft, false); // the same texts again: same version and ETag, nothing retired
            }
        }
        draft.title = request.title();
        draft.introduction = request.introductionOrEmpty();
        draft.mainActivities = request.mainActivitiesOrEmpty();
        draft.highlights = request.highlightsOrEmpty();
        draft.closingAssessment = request.closingAssessmentOrEmpty();
        draft.goalsNote = request.goalsNoteOrEmpty();
        draft.coverLines = request.coverLines();
        draft.closingLines = request.closingLines();
        draft.updatedAt = Instant.now();
        draft.updatedBy = actor.get().subject();
        if (created) {
            draft.persist();
        }
        ReportDraft.getEntityManager().flush();
        // the texts are part of the year's report: every instance's cached report of the year is retired
        versions.bump(year);
        return new Result(draft, created);
    }

    private static boolean unchanged(ReportDraft draft, DraftRequest request) {
        return Objects.equals(draft.title, request.title())
                && Objects.equals(draft.introduction, request.introductionOrEmpty())
                && Objects.equals(draft.mainActivities, request.mainActivitiesOrEmpty())
                && Objects.equals(draft.highlights, request.highlightsOrEmpty())
                && Objects.equals(draft.closingAssessment, request.closingAssessmentOrEmpty())
                && Objects.equals(draft.goalsNote, request.goalsNoteOrEmpty())
                && Objects.equals(draft.coverLines, request.coverLines())
                && Objects.equals(draft.closingLines, request.closingLines());
    }

    private static void requireWellFormed(String field, List<TextBlock> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) == null || !blocks.get(i).isWellFormed()) {
                throw ProblemException.invalid(field + "[" + i + "]",
                        "ett stycke (PARAGRAPH) behöver text, en punktlista (BULLETS) behöver items");
            }
        }
    }
}
