package se.rus.followup.importing;

/** What importing one item did; a second import of the same document yields only UNCHANGED. */
public enum ImportEffect {
    CREATED,
    CHANGED,
    UNCHANGED
}
