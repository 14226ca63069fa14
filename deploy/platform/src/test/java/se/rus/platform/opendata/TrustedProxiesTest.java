package se.rus.platform.opendata;

import io.quarkus.runtime.configuration.CidrAddressConverter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trusted proxies every service starts with are CIDRs: Quarkus takes any other entry as "host:port" and, for a
 * name, asks the resolver on every request — "::1" became the host ":", and 3 % of the local suite's requests waited
 * the resolver's 5 s timeout before they were served.
 */
class TrustedProxiesTest {

    private static final Pattern DEFAULT = Pattern.compile("\\$\\{RUS_TRUSTED_PROXIES:([^}]*)}");

    @Test
    void theDefaultTrustedProxiesAreCidrsThatNeedNoLookup() throws IOException {
        List<String> proxies = defaultTrustedProxies();
        assertFalse(proxies.isEmpty());
        for (String proxy : proxies) {
            assertTrue(proxy.matches(".+/\\d+"), proxy + " is not a CIDR, so Quarkus reads it as host:port");
            assertDoesNotThrow(() -> new CidrAddressConverter().convert(proxy), proxy);
        }
    }

    private static List<String> defaultTrustedProxies() throws IOException {
        Properties config = new Properties();
        try (InputStream in = TrustedProxiesTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        Matcher value = DEFAULT.matcher(config.getProperty("quarkus.http.proxy.trusted-proxies", ""));
        assertTrue(value.matches(), "quarkus.http.proxy.trusted-proxies reads RUS_TRUSTED_PROXIES with a default");
        return Arrays.stream(value.group(1).split(",")).map(String::trim).toList();
    }
}
