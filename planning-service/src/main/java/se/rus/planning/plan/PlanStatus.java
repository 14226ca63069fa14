package se.rus.planning.plan;

public enum PlanStatus {
    DRAFT,
    ADOPTED
}
