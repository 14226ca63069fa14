package se.rus.followup.rau;

/** The direction of the state of the environment: Positiv / Neutral / Negativ / Oklar. */
public enum Trend {
    POSITIVE,
    NEUTRAL,
    NEGATIVE,
    UNCLEAR
}
