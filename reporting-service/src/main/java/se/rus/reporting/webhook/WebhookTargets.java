package se.rus.reporting.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a webhook may be sent: https only, and only to public addresses, checked after resolving the name, at
 * subscription and again before every attempt (a name can be re-pointed later). Hosts on the allow-list (the local
 * suite's and the tests' receivers) are exempt from both rules.
 */
public final class WebhookTargets {

    /** A resolver, replaceable in tests that need a name resolving to a private address. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final List<String> allowedHosts;
    private final Resolver resolver;

    public WebhookTargets(List<String> allowedHosts, Resolver resolver) {
        this.allowedHosts = allowedHosts.stream().map(host -> host.toLowerCase(Locale.ROOT)).toList();
        this.resolver = resolver;
    }

    /** Why the URL may not be used, in Swedish, or empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("ogiltig URL");
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("ska vara en absolut URL med värdnamn, utan användaruppgifter och fragment");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (allowedHosts.contains(host) || allowedHosts.contains(bareHost)) {
            return scheme.equals("https") || scheme.equals("http") ? Optional.empty() : Optional.of("ska vara https");
        }
        if (!scheme.equals("https")) {
            return Optional.of("ska vara https");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bareHost);
        } catch (UnknownHostException e) {
            return Optional.of("värdnamnet " + bareHost + " går inte att slå upp");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of(bareHost + " pekar på en privat, lokal eller reserverad adress ("
                        + address.getHostAddress() + ")");
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0                                        // 0.0.0.0/8
                    && !(first == 100 && second >= 64 && second < 128) // 100.64.0.0/10, carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 224;                                   // multicast and reserved
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // fc00::/7, unique local
            }
            boolean v4Mapped = true;
            for (int i = 0; i < 10; i++) {
                v4Mapped &= b[i] == 0;
            }
            if (v4Mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[]{b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
