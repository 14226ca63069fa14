package se.rus.reporting.webhook;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The receiver rules without the allow-list of the test profile: https, public addresses after resolution. */
class WebhookTargetsTest {

    private static final Map<String, String> DNS = Map.of(
            "intranet.example", "10.1.2.3",
            "metadata.example", "169.254.169.254",
            "sneaky.example", "127.0.0.2",
            "v6local.example", "fd00::1",
            "public.example", "93.184.216.34");

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.get(host);
        if (address == null) {
            if (host.matches("[0-9.]+") || host.contains(":")) {
                return new InetAddress[]{InetAddress.getByName(host)};
            }
            throw new UnknownHostException(host);
        }
        return new InetAddress[]{InetAddress.getByName(address)};
    }

    private final WebhookTargets strict = new WebhookTargets(List.of(), WebhookTargetsTest::resolve);

    @Test
    void privateLoopbackLinkLocalAndPlainHttpAreRefused() {
        for (String url : List.of("http://127.0.0.1/hook", "https://127.0.0.1/hook", "https://10.0.0.1/hook",
                "https://192.168.1.10/hook", "https://172.16.0.5/hook", "https://169.254.169.254/latest",
                "https://[::1]/hook", "https://[fd00::1]/hook", "https://0.0.0.0/hook", "https://100.64.0.1/hook",
                "https://[::ffff:10.0.0.1]/hook",
                "https://intranet.example/hook", "https://metadata.example/", "https://sneaky.example/",
                "https://v6local.example/", "http://public.example/hook", "ftp://public.example/",
                "https://user:pw@public.example/", "https://nowhere.example/", "/relative", "https://public.example/#x")) {
            assertTrue(strict.refusal(url).isPresent(), url + " must be refused");
        }
        assertTrue(strict.refusal("https://intranet.example/hook").get().contains("10.1.2.3"));
        assertEquals("ska vara https", strict.refusal("http://public.example/hook").get());
    }

    @Test
    void publicHttpsIsAllowedAndTheAllowListExemptsItsHosts() {
        assertTrue(strict.refusal("https://public.example/hook").isEmpty());
        assertTrue(strict.refusal("https://93.184.216.34:8443/hook").isEmpty());
        WebhookTargets local = new WebhookTargets(List.of("localhost", "127.0.0.1"), WebhookTargetsTest::resolve);
        assertTrue(local.refusal("http://localhost:8090/hook").isEmpty());
        assertTrue(local.refusal("http://127.0.0.1:8090/hook").isEmpty());
        assertTrue(local.refusal("http://intranet.example/hook").isPresent(), "only the listed hosts");
        assertTrue(local.refusal("ftp://localhost/hook").isPresent());
    }
}
