package dev.newspipe.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Quarkus refuses a body over {@code quarkus.http.limits.max-body-size} with a bare 413 before any
 * resource sees it. This route runs just before that check and gives the same refusal as problem+json;
 * a chunked body without Content-Length that grows past the limit is caught by the error handler.
 */
@ApplicationScoped
public class BodyTooLargeHandler {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> limit;

    void register(@Observes Router router) {
        if (limit.isEmpty()) {
            return;
        }
        long max = limit.get().asLongValue();
        // Quarkus installs its own length check at order -2.
        router.route().order(-3).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && isOver(length, max)) {
                refuse(ctx, max);
            } else {
                ctx.next();
            }
        });
        router.errorHandler(413, ctx -> refuse(ctx, max));
    }

    private static boolean isOver(String contentLength, long max) {
        try {
            return Long.parseLong(contentLength.trim()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void refuse(RoutingContext ctx, long max) {
        if (ctx.response().ended()) {
            return;
        }
        ctx.response().putHeader("Connection", "close");
        ProblemResponses.send(ctx, Problem.of(413, "Content Too Large",
                "The body is larger than the limit of " + max + " bytes (quarkus.http.limits.max-body-size)."));
    }
}
