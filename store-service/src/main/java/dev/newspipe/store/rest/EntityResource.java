package dev.newspipe.store.rest;

import dev.newspipe.store.query.ArticleFilter;
import dev.newspipe.store.query.ArticleSearch;
import dev.newspipe.store.query.Cursor;
import dev.newspipe.store.query.EntityDirectory;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

@Path("/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {

    private final EntityDirectory directory;
    private final ArticleSearch search;

    public EntityResource(EntityDirectory directory, ArticleSearch search) {
        this.directory = directory;
        this.search = search;
    }

    @GET
    @Operation(summary = "Autocomplete entities", description = "Entities whose canonical name or a surface form "
            + "starts with q (case-insensitive), most-mentioned first, with their article counts.")
    public List<EntityDirectory.EntitySuggestion> suggest(@QueryParam("q") String q, @QueryParam("type") String type,
            @QueryParam("limit") String limit) {
        if (q == null || q.isBlank()) {
            throw QueryParams.bad("q", "is required: the beginning of a name");
        }
        return directory.suggest(q.strip(), QueryParams.entityType(type), QueryParams.limit(limit, 10, 50));
    }

    @GET
    @Path("/{key}/articles")
    @Operation(summary = "Articles that mention an entity", description = "The entity is given by its "
            + "language-independent key (an ISO 3166 code for a country, else the key the enricher gives), so that "
            + "articles in every language are found.")
    public ArticleSearch.Page articles(@PathParam("key") String key, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        return search.search(ArticleFilter.byEntityKey(key), Cursor.decode(cursor), QueryParams.limit(limit, 20, 100), false);
    }
}
