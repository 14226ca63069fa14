package se.rus.followup.opendata;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.platform.web.Page;

import java.util.List;

/** A page of open assessments, the list envelope of CONVENTIONS (named, so the contract types it). */
@Schema(name = "OpenRauAssessmentPage")
public record OpenAssessmentPage(@Schema(required = true) List<OpenAssessment> items,
                                 @Schema(required = true, example = "0") int page,
                                 @Schema(required = true, example = "50") int size,
                                 @Schema(required = true, example = "357") long totalItems) {

    static OpenAssessmentPage of(Page<OpenAssessment> page) {
        return new OpenAssessmentPage(page.items(), page.page(), page.size(), page.totalItems());
    }
}
