package dev.newspipe.store.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.EventJson;
import dev.newspipe.problem.Problem;
import dev.newspipe.problem.ProblemException;
import dev.newspipe.store.model.ArticleVersion;
import dev.newspipe.store.model.StoredArticle;
import dev.newspipe.store.query.ArticleFilter;
import dev.newspipe.store.query.ArticleSearch;
import dev.newspipe.store.query.Cursor;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final ArticleSearch search;

    public ArticleResource(ArticleSearch search) {
        this.search = search;
    }

    /**
     * Articles matching every given filter, newest published first, {@code limit} at a time: pass
     * {@code next_cursor} back as {@code cursor} for the next page. Facets count over all matches.
     */
    @GET
    @Operation(summary = "Search stored articles", description = "All filters combine with AND. q matches title or "
            + "body as a substring (any script); entity is a canonical name, key or surface form (a surface form finds its "
            + "entities' articles in every language); topic is an IPTC "
            + "qcode at any level (descendants match); date_from/date_to select articles that mention a date in that "
            + "range; published_from/published_to bound the publication time. total and facets are exact up to 500 "
            + "matching articles; beyond, total_exact is false and facets count the newest 500.")
    public ArticleSearch.Page list(@QueryParam("q") String q, @QueryParam("entity") String entity,
            @QueryParam("entity_type") String entityType, @QueryParam("topic") String topic,
            @QueryParam("language") String language, @QueryParam("source") String source,
            @QueryParam("published_from") String publishedFrom, @QueryParam("published_to") String publishedTo,
            @QueryParam("date_from") String dateFrom, @QueryParam("date_to") String dateTo,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit,
            @QueryParam("facets") @DefaultValue("true") String facets) {
        ArticleFilter filter = ArticleFilter.parse(q, entity, entityType, topic, language, source, publishedFrom,
                publishedTo, dateFrom, dateTo);
        return search.search(filter, Cursor.decode(cursor), QueryParams.limit(limit, 20, 100),
                QueryParams.flag("facets", facets));
    }

    /**
     * The stored enriched article: the fields of the news.articles.enriched event, as stored, plus
     * {@code stored_at}.
     */
    @GET
    @Path("/{id}")
    public ObjectNode get(@PathParam("id") String id) throws JsonProcessingException {
        return view(find(id));
    }

    /** A version of an article, without its content: {@code GET /articles/{id}/versions/{version}} has that. */
    public record VersionSummary(int version, @JsonProperty("updated_at") Instant updatedAt, String publisher,
            String title, @JsonProperty("enriched_at") Instant enrichedAt, @JsonProperty("stored_at") Instant storedAt,
            boolean current) {
    }

    /** Every stored version of the article, newest (the current one) first. */
    @GET
    @Path("/{id}/versions")
    @Operation(summary = "The versions of an article", description = "Each post of new content under an id by its "
            + "publisher is a new version; the current one is GET /articles/{id}, earlier ones are kept.")
    public List<VersionSummary> versions(@PathParam("id") String id) throws JsonProcessingException {
        StoredArticle article = find(id);
        List<VersionSummary> versions = new ArrayList<>();
        versions.add(new VersionSummary(article.version, article.updatedAt, article.publisher, article.title,
                article.enrichedAt, article.storedAt, true));
        for (ArticleVersion earlier : ArticleVersion.of(id)) {
            ArticleEnriched event = EventJson.MAPPER.readValue(earlier.event, ArticleEnriched.class);
            versions.add(new VersionSummary(earlier.version, earlier.updatedAt, earlier.publisher, event.title(),
                    earlier.enrichedAt, earlier.storedAt, false));
        }
        versions.sort(Comparator.comparingInt(VersionSummary::version).reversed());
        return versions;
    }

    /** One version of the article as it was stored: the current one, or an earlier one. */
    @GET
    @Path("/{id}/versions/{version}")
    public ObjectNode version(@PathParam("id") String id, @PathParam("version") String version)
            throws JsonProcessingException {
        int number = QueryParams.positive("version", version);
        StoredArticle article = find(id);
        if (article.version == number) {
            return view(article);
        }
        ArticleVersion earlier = ArticleVersion.findById(key(id, number));
        if (earlier == null) {
            throw new ProblemException(Problem.of(Response.Status.NOT_FOUND,
                    "Article '" + id + "' has no stored version " + number + "."));
        }
        return view(earlier.event, earlier.storedAt);
    }

    private static StoredArticle find(String id) {
        StoredArticle article = StoredArticle.findById(id);
        if (article == null) {
            throw new ProblemException(Problem.of(Response.Status.NOT_FOUND, "No article with id '" + id + "' is stored."));
        }
        return article;
    }

    private static ArticleVersion.Key key(String id, int version) {
        ArticleVersion.Key key = new ArticleVersion.Key();
        key.articleId = id;
        key.version = version;
        return key;
    }

    /**
     * The event in the contract's field order (PostgreSQL's jsonb keeps keys in an order of its own), with
     * any top-level field this version does not know kept as stored, then {@code stored_at}.
     */
    static ObjectNode view(StoredArticle article) throws JsonProcessingException {
        return view(article.event, article.storedAt);
    }

    private static ObjectNode view(String event, Instant storedAt) throws JsonProcessingException {
        ObjectNode stored = (ObjectNode) EventJson.MAPPER.readTree(event);
        ObjectNode view = EventJson.MAPPER.valueToTree(EventJson.MAPPER.treeToValue(stored, ArticleEnriched.class));
        stored.fields().forEachRemaining(field -> {
            if (!view.has(field.getKey())) {
                view.set(field.getKey(), field.getValue());
            }
        });
        view.put("stored_at", storedAt.toString());
        return view;
    }
}
