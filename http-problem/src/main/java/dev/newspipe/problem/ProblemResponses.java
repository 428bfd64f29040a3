package dev.newspipe.problem;

import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/** Problems answered below JAX-RS, from Vert.x routes and handlers (body limit, authentication). */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** Ends the response with {@code problem}, its status and the request's path as instance; headers already set stay. */
    public static void send(RoutingContext ctx, Problem problem) {
        if (ctx.response().ended()) {
            return;
        }
        ctx.response().setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(problem.withInstance(ctx.request().path())));
    }
}
