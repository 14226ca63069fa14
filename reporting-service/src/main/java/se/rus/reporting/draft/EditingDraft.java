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
    public Result replace(int year, DraftContent content, String ifMatch) {
        requireWellFormed("introduction", content.introductionOrEmpty());
        requireWellFormed("mainActivities", content.mainActivitiesOrEmpty());
        requireWellFormed("closingAssessment", content.closingAssessmentOrEmpty());
        requireWellFormed("goalsNote", content.goalsNoteOrEmpty());
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
            if (unchanged(draft, content)) {
                return new Result(draft, false); // the same texts again: same version and ETag, nothing retired
            }
        }
        draft.title = content.title();
        draft.introduction = content.introductionOrEmpty();
        draft.mainActivities = content.mainActivitiesOrEmpty();
        draft.highlights = content.highlightsOrEmpty();
        draft.closingAssessment = content.closingAssessmentOrEmpty();
        draft.goalsNote = content.goalsNoteOrEmpty();
        draft.coverLines = content.coverLines();
        draft.closingLines = content.closingLines();
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

    private static boolean unchanged(ReportDraft draft, DraftContent content) {
        return Objects.equals(draft.title, content.title())
                && Objects.equals(draft.introduction, content.introductionOrEmpty())
                && Objects.equals(draft.mainActivities, content.mainActivitiesOrEmpty())
                && Objects.equals(draft.highlights, content.highlightsOrEmpty())
                && Objects.equals(draft.closingAssessment, content.closingAssessmentOrEmpty())
                && Objects.equals(draft.goalsNote, content.goalsNoteOrEmpty())
                && Objects.equals(draft.coverLines, content.coverLines())
                && Objects.equals(draft.closingLines, content.closingLines());
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
