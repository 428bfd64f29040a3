package dev.newspipe.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the service accepts as credentials, read once at start-up: the API keys of {@code newspipe.auth.api-keys},
 * and JWT bearer tokens when a verification key is configured ({@code mp.jwt.verify.publickey.location} or
 * {@code mp.jwt.verify.publickey}); then {@code mp.jwt.verify.issuer} is required too, so that a token is never
 * accepted for its signature alone. With neither, every protected endpoint answers 401: closed, not open.
 */
@ApplicationScoped
public class AuthConfiguration {

    private static final Logger LOG = Logger.getLogger(AuthConfiguration.class);

    private final ApiKeys apiKeys;
    private final boolean jwtEnabled;
    private final Optional<String> issuer;

    public AuthConfiguration(@ConfigProperty(name = "newspipe.auth.api-keys") Optional<String> apiKeys,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> jwtKeyLocation,
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> jwtKey,
            @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer) {
        this.apiKeys = ApiKeys.parse(apiKeys.orElse(""));
        this.jwtEnabled = jwtKeyLocation.filter(s -> !s.isBlank()).isPresent() || jwtKey.filter(s -> !s.isBlank()).isPresent();
        this.issuer = issuer.filter(s -> !s.isBlank());
        if (jwtEnabled && this.issuer.isEmpty()) {
            throw new IllegalStateException("A JWT verification key is configured but no issuer: set mp.jwt.verify.issuer "
                    + "(MP_JWT_VERIFY_ISSUER) to the issuer whose tokens this service accepts");
        }
    }

    void logAtStartup(@Observes StartupEvent event) {
        String keys = apiKeys.entries().stream().map(e -> e.name() + " " + e.roles())
                .collect(Collectors.joining(", "));
        LOG.infof("Authentication: %d API key(s)%s; JWT bearer tokens %s", apiKeys.entries().size(),
                keys.isEmpty() ? " (set newspipe.auth.api-keys)" : " (" + keys + ")",
                jwtEnabled ? "from issuer " + issuer.get() : "off (no mp.jwt.verify.publickey[.location])");
    }

    public ApiKeys apiKeys() {
        return apiKeys;
    }

    public boolean jwtEnabled() {
        return jwtEnabled;
    }
}
