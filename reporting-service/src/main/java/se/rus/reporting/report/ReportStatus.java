package se.rus.reporting.report;

/** DRAFT follows the events; APPROVED is a frozen version. */
public enum ReportStatus {
    DRAFT,
    APPROVED
}
