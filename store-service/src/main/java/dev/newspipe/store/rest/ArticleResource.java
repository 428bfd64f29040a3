package dev.newspipe.store.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        ObjectNode json = (ObjectNode) EventJson.MAPPER.readTree(article.event);
        json.put("stored_at", article.storedAt.toString());
        return json;
    }
}
