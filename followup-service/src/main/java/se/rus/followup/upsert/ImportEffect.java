package se.rus.followup.upsert;

/**
 * What upserting one item did, as an import reports it; a second import of the same document yields only
 * UNCHANGED. Below both the importing package and the use cases that upsert, so neither depends on the other both ways.
 */
public enum ImportEffect {
    CREATED,
    CHANGED,
    UNCHANGED
}
