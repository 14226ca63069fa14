package se.rus.followup.opendata;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rus.followup.rau.Assessment;
import se.rus.followup.rau.Trend;

import java.util.List;

/**
 * One objective across the years: a row per county that has a published assessment of it, a cell per year in
 * {@code years} (assessment and trend null where the county has none that year).
 */
@Schema(name = "OpenRauObjectiveMatrix")
public record ObjectiveMatrix(@Schema(example = "LEVANDE_SKOGAR") String objectiveCode,
                              @Schema(example = "12") int objectiveNumber,
                              @Schema(example = "Levande skogar") String objectiveName,
                              @Schema(example = "[2023, 2024]") List<Integer> years,
                              List<CountyRow> counties) {

    @Schema(name = "OpenRauObjectiveMatrixCounty")
    public record CountyRow(@Schema(example = "21") String countyCode, @Schema(example = "Gävleborgs län") String countyName,
                            @Schema(description = "En cell per år i years, i samma ordning") List<Cell> cells) {
    }

    @Schema(name = "OpenRauObjectiveMatrixCell")
    public record Cell(@Schema(example = "2024") int year, Assessment assessment,
                       @Schema(example = "Nära") String assessmentText, Trend trend,
                       @Schema(example = "Neutral") String trendText) {
    }
}
