package se.rus.platform.security;

/** The roles a token's {@code groups} claim can carry. */
public final class Roles {

    public static final String WORKING_GROUP = "rus-working-group";
    public static final String STEERING = "rus-steering";
    public static final String COUNTY = "county";
    public static final String NATURVARDSVERKET = "naturvardsverket";

    private Roles() {
    }
}
