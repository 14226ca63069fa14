package se.rus.reporting.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** One year that has a report, as the list of reports shows it. */
@Schema(name = "ReportYear")
public record ReportYearView(
        @Schema(example = "2024") int year,
        @Schema(description = "DRAFT: aldrig godkänd; APPROVED: senaste versionen gäller; REOPENED: öppnad igen efter en godkänd version")
        Status status,
        @Schema(example = "1", description = "senaste godkända version; null om ingen") Integer latestVersion,
        @Schema(example = "2025-02-05", description = "när den senaste versionen godkändes; null om ingen") LocalDate approvedAt) {

    public enum Status {
        DRAFT, APPROVED, REOPENED
    }
}
