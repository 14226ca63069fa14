package se.rus.reporting.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The receiver's side of Standard Webhooks 1.0, written from the specification rather than from the sender's code:
 * the key is the base64 after {@code whsec_}; the signed content is {@code id.timestamp.body}; the header holds
 * space-separated {@code v1,<base64>} signatures, any of which may match; timestamps older than 5 minutes are refused.
 */
final class StandardWebhooksVerifier {

    private StandardWebhooksVerifier() {
    }

    static boolean verify(String secret, String id, String timestamp, String body, String signatureHeader) {
        long age = Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp));
        if (age > 300) {
            return false;
        }
        byte[] expected;
        try {
            String base64Key = secret.startsWith("whsec_") ? secret.substring(6) : secret;
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Key), "HmacSHA256"));
            hmac.update(id.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) '.');
            hmac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) '.');
            expected = hmac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        for (String versioned : signatureHeader.split(" ")) {
            int comma = versioned.indexOf(',');
            if (comma > 0 && versioned.substring(0, comma).equals("v1")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(versioned.substring(comma + 1)))) {
                return true;
            }
        }
        return false;
    }
}
