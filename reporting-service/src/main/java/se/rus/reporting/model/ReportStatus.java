package se.rus.reporting.model;

/** DRAFT follows the events; APPROVED is a frozen version. */
public enum ReportStatus {
    DRAFT,
    APPROVED
}
