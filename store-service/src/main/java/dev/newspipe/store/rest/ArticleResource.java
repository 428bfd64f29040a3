package dev.newspipe.store.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.EventJson;
import dev.newspipe.problem.Problem;
import dev.newspipe.problem.ProblemException;
import dev.newspipe.store.model.StoredArticle;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    /**
     * The stored enriched article: the fields of the news.articles.enriched event, as stored, plus
     * {@code stored_at}.
     */
    @GET
    @Path("/{id}")
    public ObjectNode get(@PathParam("id") String id) throws JsonProcessingException {
        StoredArticle article = StoredArticle.findById(id);
        if (article == null) {
            throw new ProblemException(Problem.of(Response.Status.NOT_FOUND, "No article with id '" + id + "' is stored."));
        }
        return view(article);
    }

    /**
     * The event in the contract's field order (PostgreSQL's jsonb keeps keys in an order of its own), with
     * any top-level field this version does not know kept as stored, then {@code stored_at}.
     */
    static ObjectNode view(StoredArticle article) throws JsonProcessingException {
        ObjectNode stored = (ObjectNode) EventJson.MAPPER.readTree(article.event);
        ObjectNode view = EventJson.MAPPER.valueToTree(EventJson.MAPPER.treeToValue(stored, ArticleEnriched.class));
        stored.fields().forEachRemaining(field -> {
            if (!view.has(field.getKey())) {
                view.set(field.getKey(), field.getValue());
            }
        });
        view.put("stored_at", article.storedAt.toString());
        return view;
    }
}
