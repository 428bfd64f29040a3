package dev.newspipe.infra;

import io.smallrye.jwt.build.Jwt;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * JWTs signed with the private key of {@link TestCredentials}: a valid one for a role, and the three ways a
 * token must be refused. smallrye-jwt-build comes with the services' quarkus-smallrye-jwt; this module has it
 * as provided only, so that the launcher does not carry it.
 */
public final class TestTokens {

    private final PrivateKey signingKey;

    public TestTokens(String privateKeyBase64) {
        try {
            signingKey = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKeyBase64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token of the configured issuer for {@code subject} with {@code roles} in its groups claim, valid 5 minutes. */
    public String valid(String subject, String... roles) {
        return sign(TestCredentials.JWT_ISSUER, subject, Instant.now(), Duration.ofMinutes(5), signingKey, roles);
    }

    /** Expired an hour ago (well beyond SmallRye JWT's clock skew allowance). */
    public String expired(String subject, String... roles) {
        return sign(TestCredentials.JWT_ISSUER, subject, Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1),
                signingKey, roles);
    }

    public String fromIssuer(String issuer, String subject, String... roles) {
        return sign(issuer, subject, Instant.now(), Duration.ofMinutes(5), signingKey, roles);
    }

    /** Right issuer and claims, signed by a key nobody configured. */
    public String signedByAnotherKey(String subject, String... roles) {
        return sign(TestCredentials.JWT_ISSUER, subject, Instant.now(), Duration.ofMinutes(5),
                TestCredentials.rsaKeyPair().getPrivate(), roles);
    }

    private static String sign(String issuer, String subject, Instant issuedAt, Duration lifetime, PrivateKey key,
            String... roles) {
        return Jwt.issuer(issuer).subject(subject).upn(subject).groups(Set.of(roles))
                .issuedAt(issuedAt).expiresAt(issuedAt.plus(lifetime)).sign(key);
    }
}
