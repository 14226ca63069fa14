package se.rus.reporting.draft;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.platform.text.TextBlock;

import java.util.List;

/** The editorial texts as the working group writes them (IMPORTS.md, deploy/data/2024/report.json). */
@Schema(name = "ReportDraft")
public record DraftContent(
        @NotBlank @Size(max = 300) @Schema(example = "RUS verksamhetsberättelse 2024") String title,
        @Size(max = 100) List<@Valid TextBlock> introduction,
        @Size(max = 100) List<@Valid TextBlock> mainActivities,
        @Size(max = 50) @Schema(example = "[\"Medarrangerat miljömålsdagarna i Luleå och årligt möte för länsstyrelsernas miljömålsuppdrag.\"]") List<@NotBlank @Size(max = 2000) String> highlights,
        @Size(max = 100) List<@Valid TextBlock> closingAssessment,
        @Size(max = 100) @Schema(description = "Bilaga 2:s egen text efter värderingsskalan, t.ex. om föregående periods värderingar")
        List<@Valid TextBlock> goalsNote,
        // left out of an export when not set, so the export is the document that was put
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Size(max = 10) @Schema(description = "raderna på omslaget; utelämnat = RUS och Länsstyrelserna",
                example = "[\"RUS – Regional utveckling & samverkan i miljömålssystemet\", \"Länsstyrelserna\"]")
        List<@NotBlank @Size(max = 200) String> coverLines,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Size(max = 10) @Schema(description = "avslutande rader; utelämnat = Länsstyrelserna och www.lansstyrelsen.se",
                example = "[\"Länsstyrelserna\", \"www.lansstyrelsen.se\"]")
        List<@NotBlank @Size(max = 200) String> closingLines) {

    List<TextBlock> introductionOrEmpty() {
        return introduction == null ? List.of() : introduction;
    }

    List<TextBlock> mainActivitiesOrEmpty() {
        return mainActivities == null ? List.of() : mainActivities;
    }

    List<String> highlightsOrEmpty() {
        return highlights == null ? List.of() : highlights;
    }

    List<TextBlock> closingAssessmentOrEmpty() {
        return closingAssessment == null ? List.of() : closingAssessment;
    }

    List<TextBlock> goalsNoteOrEmpty() {
        return goalsNote == null ? List.of() : goalsNote;
    }
}
