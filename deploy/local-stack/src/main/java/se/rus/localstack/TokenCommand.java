package se.rus.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/** {@code deploy/local/token ROLE [COUNTY_CODE]}: prints one token for the local stack. */
public final class TokenCommand {

    static final Set<String> ROLES = Set.of("rus-working-group", "rus-steering", "county", "naturvardsverket");

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !ROLES.contains(args[1]) || ("county".equals(args[1]) != (args.length == 3))) {
            System.err.println("usage: token ROLE [COUNTY_CODE]   ROLE one of " + ROLES
                    + "; COUNTY_CODE (e.g. 01) is required for, and only for, county");
            System.exit(2);
        }
        Path keyDir = Path.of(args[0]);
        String role = args[1];
        String county = args.length == 3 ? args[2] : null;
        String subject = county == null ? "local-" + role : "local-county-" + county;
        JwtMinter minter = new JwtMinter(DevKeys.readPrivateKey(keyDir), JwtMinter.LOCAL_ISSUER);
        System.out.println(minter.mint(subject, role, county, Duration.ofHours(8)));
    }
}
