package se.rus.followup.outcome;

/** How a planned activity turned out; the first two are the report's "Har (delvis) genomförts som planerat". */
public enum OutcomeStatus {
    DONE_AS_PLANNED,
    PARTLY_DONE,
    NOT_DONE,
    CANCELLED
}
