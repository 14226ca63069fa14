package se.rus.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** The local stack's signing key pair: generated on first use, never committed. */
public final class DevKeys {

    public static final String PRIVATE_KEY_FILE = "jwt-private.pem";
    public static final String PUBLIC_KEY_FILE = "jwt-public.pem";

    private DevKeys() {
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the key pair as PEM files into {@code dir}; returns the public key's path. */
    public static Path write(KeyPair keys, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path privateKey = dir.resolve(PRIVATE_KEY_FILE);
        Files.writeString(privateKey, pem("PRIVATE KEY", keys.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        Path publicKey = dir.resolve(PUBLIC_KEY_FILE);
        Files.writeString(publicKey, pem("PUBLIC KEY", keys.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        return publicKey;
    }

    /** Keeps an existing key pair so tokens minted before a restart stay valid. */
    public static void ensureExist(Path dir) throws IOException {
        if (!Files.exists(dir.resolve(PRIVATE_KEY_FILE))) {
            write(generate(), dir);
        }
    }

    public static PrivateKey readPrivateKey(Path dir) throws IOException {
        String pem = Files.readString(dir.resolve(PRIVATE_KEY_FILE), StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (GeneralSecurityException e) {
            throw new IOException("not an RSA private key: " + dir.resolve(PRIVATE_KEY_FILE), e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
