package dev.newspipe.infra;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * Credentials for a {@code @QuarkusTest}, generated when the test run starts and gone when it ends: API keys for
 * a publisher, a second publisher and a reader (the service gets only their digests) and an RSA key pair whose
 * public half verifies JWTs ({@code mp.jwt.verify.publickey}) and whose private half the tests sign with
 * ({@link TestTokens}). Tests read the keys from the configuration properties named here.
 */
public final class TestCredentials {

    public static final String PUBLISHER_KEY = "newspipe.test.publisher-key";
    public static final String OTHER_PUBLISHER_KEY = "newspipe.test.other-publisher-key";
    public static final String READER_KEY = "newspipe.test.reader-key";
    public static final String JWT_PRIVATE_KEY = "newspipe.test.jwt-private-key";
    public static final String JWT_ISSUER = "https://issuer.newspipe.test";

    private TestCredentials() {
    }

    /** The service's authentication configuration and, for the tests, the keys themselves. */
    public static Map<String, String> generate() {
        ApiCredentials keys = ApiCredentials.generate();
        String otherPublisher = ApiCredentials.newKey();
        KeyPair jwtKeys = rsaKeyPair();
        Base64.Encoder base64 = Base64.getEncoder();
        return Map.of(
                "newspipe.auth.api-keys", keys.apiKeysConfig() + ",other-publisher:publisher:"
                        + ApiCredentials.sha256Hex(otherPublisher),
                "mp.jwt.verify.publickey", "-----BEGIN PUBLIC KEY-----\n"
                        + base64.encodeToString(jwtKeys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----",
                "mp.jwt.verify.issuer", JWT_ISSUER,
                PUBLISHER_KEY, keys.publisherKey(),
                OTHER_PUBLISHER_KEY, otherPublisher,
                READER_KEY, keys.readerKey(),
                JWT_PRIVATE_KEY, base64.encodeToString(jwtKeys.getPrivate().getEncoded()));
    }

    static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
