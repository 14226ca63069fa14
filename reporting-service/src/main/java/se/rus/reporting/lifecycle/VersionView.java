package se.rus.reporting.lifecycle;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "ReportVersion")
public record VersionView(
        @Schema(example = "2024") int year,
        @Schema(example = "1") int version,
        @Schema(example = "2025-02-05") LocalDate approvedAt,
        @Schema(example = "styrgruppen") String approvedBy,
        @Schema(example = "RUS styrgrupp", description = "organet som godkände") String body,
        @Schema(example = "i länsrådsutskott för miljö och energi genom kontaktlänsråd för miljömålen") String furtherApproval,
        Instant frozenAt,
        @Schema(example = "sha256-3f1c…") String contentHash,
        @Schema(description = "Skälet när godkännandet åsidosatte fel i kontrollerna") String overrideReason) {

    public static VersionView of(ReportVersion version) {
        return new VersionView(version.year, version.number, version.approvedAt, version.approvedBy,
                version.body, version.furtherApproval,
                version.frozenAt, version.contentHash, version.overrideReason);
    }
}
