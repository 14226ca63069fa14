package se.rus.followup.opendata;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.followup.rau.Assessment;
import se.rus.followup.rau.Trend;

/** One county's final assessment of one objective in one year: an accepted submission of a closed round. */
@Schema(name = "OpenRauAssessment")
public record OpenAssessment(@Schema(example = "2024") int year,
                             @Schema(example = "LEVANDE_SKOGAR") String objectiveCode,
                             @Schema(example = "12") int objectiveNumber,
                             @Schema(example = "Levande skogar") String objectiveName,
                             @Schema(example = "21") String countyCode,
                             @Schema(example = "Gävleborgs län") String countyName,
                             Assessment assessment,
                             @Schema(example = "Nära", description = "Bedömningen i klartext: Ja, Nära, Nej") String assessmentText,
                             Trend trend,
                             @Schema(example = "Neutral", description = "Trenden i klartext: Positiv, Neutral, Negativ, Oklar") String trendText) {

    static String text(Assessment assessment) {
        return assessment == null ? null : switch (assessment) {
            case YES -> "Ja";
            case CLOSE -> "Nära";
            case NO -> "Nej";
        };
    }

    static String text(Trend trend) {
        return trend == null ? null : switch (trend) {
            case POSITIVE -> "Positiv";
            case NEUTRAL -> "Neutral";
            case NEGATIVE -> "Negativ";
            case UNCLEAR -> "Oklar";
        };
    }
}
