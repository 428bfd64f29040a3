package dev.newspipe.ingest.observability;

import dev.newspipe.ingest.rest.ArticleResource;
import dev.newspipe.observability.PipelineMetrics;
import io.opentelemetry.api.trace.Span;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Counts what {@code POST /articles} answered, from outside the resource: 202 is an accepted article, an error
 * status a rejected one ({@code newspipe_articles_rejected_total{status}}), whether the resource or an exception
 * mapper wrote it. Also names the accepted article on the request's span, so that a trace can be found by article.
 */
@Provider
public class SubmissionOutcomeFilter implements ContainerResponseFilter {

    private final PipelineMetrics metrics;

    public SubmissionOutcomeFilter(PipelineMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.POST.equals(request.getMethod()) || !isArticles(request.getUriInfo().getPath())) {
            return;
        }
        int status = response.getStatus();
        if (status == 202) {
            metrics.accepted();
            if (response.getEntity() instanceof ArticleResource.Accepted accepted) {
                Span.current().setAttribute("newspipe.article.id", accepted.id());
            }
        } else if (status >= 400) {
            metrics.rejected(status);
        }
    }

    private static boolean isArticles(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.equals("/articles") || p.equals("articles");
    }
}
