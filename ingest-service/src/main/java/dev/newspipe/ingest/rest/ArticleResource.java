package dev.newspipe.ingest.rest;

import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.ingest.messaging.ArticlePublisher;
import dev.newspipe.ingest.service.SubmissionParser;
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

    public ArticleResource(SubmissionParser parser, ArticlePublisher publisher,
            @ConfigProperty(name = "ingest.article-location-base") String locationBase) {
        this.parser = parser;
        this.publisher = publisher;
        this.locationBase = locationBase.endsWith("/") ? locationBase : locationBase + "/";
    }

    /**
     * Accepts one article: 202 once the broker has it, with the article's id and, in Location, where
     * the store will serve it once enriched.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> submit(byte[] body) {
        ArticleSubmitted article = parser.parse(body);
        return publisher.publish(article).map(ignored -> Response.accepted(new Accepted(article.id()))
                .location(URI.create(locationBase + article.id()))
                .build());
    }
}
