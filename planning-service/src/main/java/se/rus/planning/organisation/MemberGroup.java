package se.rus.planning.organisation;

/** RUS styrgrupp (STEERING) and arbetsgrupp (WORKING). */
public enum MemberGroup {
    STEERING("styrgruppen"),
    WORKING("arbetsgruppen");

    private final String swedishName;

    MemberGroup(String swedishName) {
        this.swedishName = swedishName;
    }

    /** The group as a Swedish problem detail names it, e.g. "styrgruppen". */
    public String swedishName() {
        return swedishName;
    }
}
