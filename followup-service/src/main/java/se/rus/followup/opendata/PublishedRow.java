package se.rus.followup.opendata;

import se.rus.followup.rau.Assessment;
import se.rus.followup.rau.Trend;

/** What the query of {@link PublishingAssessments} reads per accepted submission; the Swedish texts are added in Java. */
public record PublishedRow(int year, String objectiveCode, int objectiveNumber, String objectiveName, String countyCode,
                           String countyName, Assessment assessment, Trend trend) {
}
