package dev.newspipe.security;

import dev.newspipe.problem.Problem;
import dev.newspipe.problem.ProblemResponses;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;

/**
 * 401 and 403 as problem+json, whichever part of Quarkus security refused the request: the API key mechanism
 * answers its own challenges ({@link ApiKeyAuthenticationMechanism#sendChallenge}); a refused bearer token and a
 * missing role reach the router as failures, and the failure handler here answers them.
 */
@ApplicationScoped
public class SecurityProblems {

    static final String REALM = "newspipe";

    private final List<String> challenges;

    public SecurityProblems(AuthConfiguration configuration) {
        String apiKey = ApiKeyAuthenticationMechanism.SCHEME + " realm=\"" + REALM + "\"";
        this.challenges = configuration.jwtEnabled()
                ? List.of(apiKey, "Bearer realm=\"" + REALM + "\"")
                : List.of(apiKey);
    }

    /** One WWW-Authenticate challenge per scheme the service accepts, the API key first. */
    List<String> challenges() {
        return challenges;
    }

    void register(@Observes Router router) {
        router.route().failureHandler(this::handleFailure);
    }

    private void handleFailure(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (ctx.response().ended()) {
            ctx.next();
        } else if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            // A bearer token that is expired, from another issuer or not signed by the configured key.
            boolean bearer = ctx.request().getHeader("Authorization") != null
                    && ctx.request().getHeader("Authorization").regionMatches(true, 0, "Bearer ", 0, 7);
            unauthorized(ctx, bearer ? "The bearer token is not valid: expired, not yet valid, from another issuer "
                    + "or not signed by a trusted key." : "The credentials are not valid.",
                    bearer ? List.of("Bearer realm=\"" + REALM + "\", error=\"invalid_token\"") : challenges);
        } else if (failure instanceof ForbiddenException) {
            ProblemResponses.send(ctx, Problem.of(403, "Forbidden", "The credential is valid but lacks the role this "
                    + "endpoint needs (publisher to post articles, reader to query them)."));
        } else {
            ctx.next();
        }
    }

    void unauthorized(RoutingContext ctx, String detail, List<String> wwwAuthenticate) {
        if (ctx.response().ended()) {
            return;
        }
        ctx.response().headers().remove("WWW-Authenticate");
        ctx.response().headers().add("WWW-Authenticate", wwwAuthenticate);
        ProblemResponses.send(ctx, Problem.of(401, "Unauthorized", detail));
    }
}
