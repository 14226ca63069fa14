package se.rus.reporting.draft;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.platform.text.TextBlock;
import se.rus.reporting.model.ReportDraft;

import java.time.Instant;
import java.util.List;

@Schema(name = "ReportDraftView")
public record DraftView(
        @Schema(example = "2024") int year,
        @Schema(example = "RUS verksamhetsberättelse 2024") String title,
        List<TextBlock> introduction,
        List<TextBlock> mainActivities,
        List<String> highlights,
        List<TextBlock> closingAssessment,
        List<TextBlock> goalsNote,
        @Schema(description = "null = standardraderna") List<String> coverLines,
        @Schema(description = "null = standardraderna") List<String> closingLines,
        Instant updatedAt,
        String updatedBy) {

    static DraftView of(ReportDraft draft) {
        return new DraftView(draft.year, draft.title, draft.introduction,
                draft.mainActivities, draft.highlights,
                draft.closingAssessment, draft.goalsNote, draft.coverLines, draft.closingLines, draft.updatedAt,
                draft.updatedBy);
    }
}
