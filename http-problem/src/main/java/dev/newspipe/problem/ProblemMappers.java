package dev.newspipe.problem;

import com.fasterxml.jackson.core.JacksonException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error of the REST layer leaves as problem+json, whichever part of the stack raised it. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = Response.fromResponse(e.problem().withInstance(uri.getPath()).toResponse());
        if (e.retryAfterSeconds() != null) {
            response.header("Retry-After", e.retryAfterSeconds());
        }
        return response.build();
    }

    /** 404 for unknown paths, 405, 406, 415 and the rest that JAX-RS raises itself. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String detail = switch (status) {
            case 415 -> "Send the request body as application/json.";
            case 406 -> "This endpoint answers with application/json only.";
            case 404 -> "Nothing is served at this path.";
            case 405 -> "This path does not take that method.";
            default -> e.getMessage();
        };
        return Problem.of(status, title, detail).withInstance(uri.getPath()).toResponse();
    }

    /** A body that is not JSON, or not of the expected shape, when an endpoint lets Jackson bind it. */
    @ServerExceptionMapper
    public Response json(JacksonException e, UriInfo uri) {
        return Problem.of(Response.Status.BAD_REQUEST, "The body is not valid JSON: " + e.getOriginalMessage())
                .withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.errorf(e, "Unexpected error on %s", uri.getPath());
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "An unexpected error occurred; it has been logged.")
                .withInstance(uri.getPath()).toResponse();
    }
}
