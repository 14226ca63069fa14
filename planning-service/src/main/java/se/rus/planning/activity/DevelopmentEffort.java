package se.rus.planning.activity;

/** Whether an activity is a special development effort (särskild utvecklingsinsats). */
public enum DevelopmentEffort {
    NONE,
    /** "Delvis särskild utvecklingsinsats" */
    PARTIAL,
    /** "Särskild utvecklingsinsats" */
    FULL
}
