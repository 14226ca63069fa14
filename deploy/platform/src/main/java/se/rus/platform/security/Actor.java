package se.rus.platform.security;

/** Who made a change: the token subject and the organisation it acts for. */
public record Actor(String subject, String organisation) {

    public static final Actor SYSTEM = new Actor("system", "RUS");
}
