package se.rus.followup.rau;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The texts of a county's submission: what drafting and revising it take (a draft names its county and objective
 * beside them).
 */
@Schema(name = "RauSubmissionContent")
public record SubmissionContent(
        @Schema(example = "CLOSE") Assessment assessment,
        @Schema(example = "POSITIVE") Trend trend,
        @Size(max = 20000) @Schema(example = "Luftkvaliteten förbättras i länets tätorter.") String summary,
        @Size(max = 20000) @Schema(example = "Åtgärdsprogram för kvävedioxid i Gävle.") String measures) {
}
