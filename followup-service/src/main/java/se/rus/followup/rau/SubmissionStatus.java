package se.rus.followup.rau;

public enum SubmissionStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED
}
