package dev.newspipe.ingest.rest;

import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.ingest.messaging.ArticlePublisher;
import dev.newspipe.ingest.security.PublishRateLimiter;
import dev.newspipe.ingest.service.ContentDigest;
import dev.newspipe.ingest.service.IdRegistry;
import dev.newspipe.ingest.service.SubmissionParser;
import dev.newspipe.problem.Problem;
import dev.newspipe.problem.ProblemException;
import dev.newspipe.security.Credentials;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.List;

@Path("/articles")
public class ArticleResource {

    /** What {@code POST /articles} answers: the id under which the article will be stored, and which version it is. */
    public record Accepted(String id, int version) {
    }

    static final String ID_TAKEN = "https://newspipe.dev/problems/id-owned-by-another-publisher";

    private final SubmissionParser parser;
    private final IdRegistry registry;
    private final ArticlePublisher publisher;
    private final String locationBase;
    private final PublishRateLimiter rateLimiter;
    private final SecurityIdentity identity;

    /** Who may post is decided before this resource (HTTP permissions: role publisher, application.properties). */
    public ArticleResource(SubmissionParser parser, IdRegistry registry, ArticlePublisher publisher,
            @ConfigProperty(name = "ingest.article-location-base") String locationBase,
            PublishRateLimiter rateLimiter, SecurityIdentity identity) {
        this.parser = parser;
        this.registry = registry;
        this.publisher = publisher;
        this.rateLimiter = rateLimiter;
        this.identity = identity;
        this.locationBase = locationBase.endsWith("/") ? locationBase : locationBase + "/";
    }

    /**
     * Accepts one article: 202 once the broker has it, with the article's id and version and, in Location, where
     * the store will serve it once enriched; 409 when the id belongs to another publisher; 429 when the caller's
     * credential is over its rate limit. Blocking: the id registry is a database (IdRegistry).
     */
    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> submit(byte[] body) {
        rateLimiter.acquire(identity); // every request counts, a malformed one too
        ArticleSubmitted parsed = parser.parse(body);
        String owner = Credentials.idOf(identity);
        IdRegistry.Claim claim = registry.claim(parsed.id(), owner, ContentDigest.of(parsed));
        if (claim.outcome() == IdRegistry.Outcome.CONFLICT) {
            throw new ProblemException(new Problem(ID_TAKEN, "Conflict", 409, "The id '" + parsed.id()
                    + "' belongs to another publisher; nothing was accepted. Post under an id of your own.",
                    null, List.of()));
        }
        // A retry is published again: its first publish may have failed; the store recognises a duplicate.
        ArticleSubmitted article = claim.stamp(parsed, owner);
        return publisher.publish(article).map(ignored -> Response.accepted(new Accepted(article.id(), article.version()))
                .location(URI.create(locationBase + article.id()))
                .build());
    }
}
