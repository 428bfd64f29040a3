package dev.newspipe.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns a presented API key into an identity named after its configuration entry, with that entry's roles.
 * One SHA-256 per request and no I/O, so it runs on the event loop.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    private final AuthConfiguration configuration;

    public ApiKeyIdentityProvider(AuthConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        return configuration.apiKeys().match(request.key())
                .<Uni<SecurityIdentity>>map(entry -> Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(entry.name()))
                        .addRoles(entry.roles())
                        .addAttribute(Credentials.KIND_ATTRIBUTE, Credentials.API_KEY)
                        .build()))
                .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException("Unknown API key")));
    }
}
