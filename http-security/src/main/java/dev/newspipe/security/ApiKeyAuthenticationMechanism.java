package dev.newspipe.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * API keys in {@code Authorization: ApiKey <key>}, or in {@code X-API-Key: <key>} for clients that cannot set
 * an Authorization scheme. A request without either is left to the next mechanism (a JWT bearer token) or stays
 * anonymous.
 * <p>
 * Its priority is above SmallRye JWT's, so that it is the one that answers a request that came with no
 * credentials at all: one 401 problem+json naming both schemes.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SCHEME = "ApiKey";
    static final String HEADER = "X-API-Key";

    private final SecurityProblems problems;

    public ApiKeyAuthenticationMechanism(SecurityProblems problems) {
        this.problems = problems;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String key = presentedKey(context.request());
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        // Ours to answer if the key is refused.
        context.put(HttpAuthenticationMechanism.class.getName(), this);
        return identityProviderManager.authenticate(
                HttpSecurityUtils.setRoutingContextAttribute(new ApiKeyAuthenticationRequest(key), context));
    }

    /** The key of {@code Authorization: ApiKey <key>}, else of {@code X-API-Key}; null when there is neither. */
    static String presentedKey(HttpServerRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && (authorization.length() == SCHEME.length() || authorization.charAt(SCHEME.length()) == ' ')) {
            return authorization.substring(SCHEME.length()).strip();
        }
        String header = request.getHeader(HEADER);
        return header == null ? null : header.strip();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", problems.challenges().get(0)));
    }

    /** The 401 in full: every scheme the service accepts in WWW-Authenticate, and a problem+json body. */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        String detail = presentedKey(context.request()) != null
                ? "The API key is not valid."
                : "This endpoint needs a credential: an API key (Authorization: ApiKey <key>, or X-API-Key: <key>)"
                        + (problems.challenges().size() > 1 ? " or a bearer token (Authorization: Bearer <JWT>)." : ".");
        problems.unauthorized(context, detail, problems.challenges());
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME));
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1000;
    }
}
