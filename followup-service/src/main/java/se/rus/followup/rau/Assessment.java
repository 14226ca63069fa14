package se.rus.followup.rau;

/** Will the objective be reached in the county: Ja / Nära / Nej. */
public enum Assessment {
    YES,
    CLOSE,
    NO
}
