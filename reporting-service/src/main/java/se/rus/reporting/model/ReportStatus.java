package se.rus.reporting.model;

/**
 * DRAFT follows the events; APPROVED is a frozen version; REOPENED is only ever shown, never stored: the latest
 * approved version as read while its year is re-opened (stored as DRAFT) for a revision.
 */
public enum ReportStatus {
    DRAFT,
    APPROVED,
    REOPENED
}
