package se.rus.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTTokenParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.JwtContext;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Accepts tokens from more than one identity provider (a county's own, the agencies'): the
 * {@code iss} claim picks the provider, and the token is then fully verified (signature,
 * audience, expiry) with that provider's key only. Providers beyond the primary one
 * ({@code mp.jwt.verify.*}) are listed in {@code rus.jwt.additional-issuers} as
 * {@code issuer|key-location} entries, where the key location is a PEM file or a JWKS URL.
 * A token that would stay valid longer than {@code rus.jwt.max-lifetime} ({@code exp − iat}; RUS_JWT_MAX_LIFETIME,
 * 12 hours unless set) is refused like an expired one: a leaked token good for a hundred years is a leaked password.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class TrustedIssuers extends JWTCallerPrincipalFactory {

    private final ObjectMapper json = new ObjectMapper();
    /** One parser per issuer: a parser caches the key resolver of the first context it sees. */
    private final Map<String, Verifier> verifiers = new ConcurrentHashMap<>();
    private final List<String> additionalIssuers;
    private final Duration maxLifetime;
    private final VerifiedTokens<JWTCallerPrincipal> verifiedTokens = new VerifiedTokens<>(10_000, Clock.systemUTC());

    public TrustedIssuers(@ConfigProperty(name = "rus.jwt.additional-issuers") Optional<List<String>> additionalIssuers,
                          @ConfigProperty(name = "rus.jwt.max-lifetime") Duration maxLifetime) {
        this.additionalIssuers = additionalIssuers.orElse(List.of());
        this.maxLifetime = maxLifetime;
    }

    private record Verifier(JWTAuthContextInfo context, DefaultJWTTokenParser parser) {
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo primary) throws ParseException {
        JWTCallerPrincipal known = verifiedTokens.find(token);
        if (known != null) {
            return known;
        }
        String issuer = unverifiedIssuer(token);
        Verifier verifier = verifiers.get(issuer);
        if (verifier == null) {
            verifier = new Verifier(contextFor(issuer, primary), new DefaultJWTTokenParser());
            verifiers.put(issuer, verifier);
        }
        JwtContext verified = verifier.parser().parse(token, verifier.context());
        try {
            TokenClaims.normalise(verified.getJwtClaims());
        } catch (IOException e) {
            throw new ParseException("unreadable token claims");
        }
        requireBoundedLifetime(verified);
        String type = verified.getJoseObjects().get(0).getHeader("typ");
        JWTCallerPrincipal principal = new DefaultJWTCallerPrincipal(token, type, verified.getJwtClaims());
        verifiedTokens.remember(token, principal, Instant.ofEpochSecond(principal.getExpirationTime()));
        return principal;
    }

    /** {@code exp − iat} within the configured maximum; a token without {@code iat} has no known lifetime. */
    private void requireBoundedLifetime(JwtContext verified) throws ParseException {
        try {
            NumericDate issuedAt = verified.getJwtClaims().getIssuedAt();
            NumericDate expiresAt = verified.getJwtClaims().getExpirationTime();
            if (issuedAt == null || expiresAt == null) {
                throw new ParseException("token without iat or exp");
            }
            if (expiresAt.getValue() - issuedAt.getValue() > maxLifetime.toSeconds()) {
                throw new ParseException("token lifetime over " + maxLifetime);
            }
        } catch (MalformedClaimException e) {
            throw new ParseException("unreadable iat or exp");
        }
    }

    private JWTAuthContextInfo contextFor(String issuer, JWTAuthContextInfo primary) throws ParseException {
        if (issuer.equals(primary.getIssuedBy())) {
            return primary;
        }
        for (String entry : additionalIssuers) {
            String[] parts = entry.split("\\|", 2);
            if (parts.length == 2 && parts[0].trim().equals(issuer)) {
                JWTAuthContextInfo context = new JWTAuthContextInfo(primary);
                context.setIssuedBy(issuer);
                context.setPublicVerificationKey(null);
                context.setPublicKeyContent(null);
                context.setPublicKeyLocation(parts[1].trim());
                return context;
            }
        }
        throw new ParseException("untrusted issuer " + issuer);
    }

    private String unverifiedIssuer(String token) throws ParseException {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            throw new ParseException("not a JWT");
        }
        try {
            JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
            JsonNode iss = claims.get("iss");
            if (iss == null || !iss.isTextual()) {
                throw new ParseException("token has no issuer");
            }
            return iss.asText();
        } catch (IOException | IllegalArgumentException e) {
            throw new ParseException("unreadable token claims");
        }
    }
}
