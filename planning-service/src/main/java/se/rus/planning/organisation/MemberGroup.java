package se.rus.planning.organisation;

/** RUS styrgrupp (STEERING) and arbetsgrupp (WORKING). */
public enum MemberGroup {
    STEERING,
    WORKING
}
