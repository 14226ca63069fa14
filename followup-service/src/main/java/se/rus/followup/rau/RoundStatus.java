package se.rus.followup.rau;

/** An open round takes changes to its submissions; a closed one refuses every change. */
public enum RoundStatus {
    OPEN,
    CLOSED
}
