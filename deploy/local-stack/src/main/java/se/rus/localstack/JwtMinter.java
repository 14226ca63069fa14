package se.rus.localstack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Mints RS256 JWTs as an identity provider would, with nothing but the JDK, so the token
 * command needs no classpath and tests sign exactly what production verifies.
 */
public final class JwtMinter {

    public static final String LOCAL_ISSUER = "https://rus.example/local-idp";
    public static final String AUDIENCE = "rus-suite";

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey signingKey;
    private final String issuer;

    public JwtMinter(PrivateKey signingKey, String issuer) {
        this.signingKey = signingKey;
        this.issuer = issuer;
    }

    /** A token for {@code role}; {@code countyCode} may be null except for the county role. */
    public String mint(String subject, String role, String countyCode, Duration validFor) {
        Map<String, Object> claims = standardClaims(subject, validFor);
        claims.put("groups", List.of(role));
        claims.put("organisation", countyCode == null ? organisationOf(role) : "Länsstyrelsen " + countyCode);
        if (countyCode != null) {
            claims.put("county_code", countyCode);
        }
        return sign(claims);
    }

    public Map<String, Object> standardClaims(String subject, Duration validFor) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("aud", AUDIENCE);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(validFor).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    /** Signs any claim set, so tests can also craft tokens a real provider would never issue. */
    public String sign(Map<String, Object> claims) {
        String signingInput = encode(Map.of("alg", "RS256", "typ", "JWT")) + "." + encode(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(signingKey);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
    }

    public static String encode(Map<String, ?> json) {
        return BASE64URL.encodeToString(toJson(json).getBytes(StandardCharsets.UTF_8));
    }

    private static String organisationOf(String role) {
        return switch (role) {
            case "naturvardsverket" -> "Naturvårdsverket";
            case "rus-steering" -> "RUS styrgrupp";
            default -> "RUS arbetsgrupp";
        };
    }

    private static String toJson(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> quote(e.getKey().toString()) + ":" + toJson(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JwtMinter::toJson).collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return quote(String.valueOf(value));
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
