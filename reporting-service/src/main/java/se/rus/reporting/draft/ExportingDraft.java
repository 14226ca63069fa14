package se.rus.reporting.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.rus.platform.web.ProblemException;
import se.rus.reporting.model.ReportDraft;

import java.util.List;

/**
 * Use case: write the report's editorial texts out as the document {@code PUT …/draft} reads, so that putting the
 * export restores them (into this database or an empty one) and exporting again gives the same document. The
 * figures are not part of it: they come from the other services' events.
 */
@ApplicationScoped
public class ExportingDraft {

    @Transactional
    public DraftContent export(int year) {
        ReportDraft draft = ReportDraft.<ReportDraft>findByIdOptional(year)
                .orElseThrow(() -> ProblemException.notFound("Inga texter för verksamhetsberättelsen " + year));
        return new DraftContent(draft.title, List.copyOf(draft.introduction),
                List.copyOf(draft.mainActivities), List.copyOf(draft.highlights), List.copyOf(draft.closingAssessment),
                List.copyOf(draft.goalsNote), draft.coverLines, draft.closingLines);
    }
}
