package dev.newspipe.ingest.rest;

import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.ingest.messaging.ArticlePublisher;
import dev.newspipe.ingest.security.PublishRateLimiter;
import dev.newspipe.ingest.service.SubmissionParser;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

@Path("/articles")
public class ArticleResource {

    /** What {@code POST /articles} answers: the id under which the article will be stored. */
    public record Accepted(String id) {
    }

    private final SubmissionParser parser;
    private final ArticlePublisher publisher;
    private final String locationBase;
    private final PublishRateLimiter rateLimiter;
    private final SecurityIdentity identity;

    /** Who may post is decided before this resource (HTTP permissions: role publisher, application.properties). */
    public ArticleResource(SubmissionParser parser, ArticlePublisher publisher,
            @ConfigProperty(name = "ingest.article-location-base") String locationBase,
            PublishRateLimiter rateLimiter, SecurityIdentity identity) {
        this.parser = parser;
        this.publisher = publisher;
        this.rateLimiter = rateLimiter;
        this.identity = identity;
        this.locationBase = locationBase.endsWith("/") ? locationBase : locationBase + "/";
    }

    /**
     * Accepts one article: 202 once the broker has it, with the article's id and, in Location, where
     * the store will serve it once enriched; 429 when the caller's credential is over its rate limit.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> submit(byte[] body) {
        rateLimiter.acquire(identity); // every request counts, a malformed one too
        ArticleSubmitted article = parser.parse(body);
        return publisher.publish(article).map(ignored -> Response.accepted(new Accepted(article.id()))
                .location(URI.create(locationBase + article.id()))
                .build());
    }
}
