package se.rus.reporting.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One thing missing or inconsistent in a report; ERRORs block approval unless overridden. */
@Schema(name = "ReportCheck")
public record Check(
        Severity severity,
        @Schema(example = "ACTIVITY_WITHOUT_OUTCOME") String code,
        @Schema(example = "Indikatorutveckling") String subject,
        @Schema(example = "Aktiviteten saknar registrerat utfall") String message) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public static Check error(String code, String subject, String message) {
        return new Check(Severity.ERROR, code, subject, message);
    }

    public static Check warning(String code, String subject, String message) {
        return new Check(Severity.WARNING, code, subject, message);
    }
}
