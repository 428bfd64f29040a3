package dev.newspipe.store.rest;

import dev.newspipe.store.query.TopicTree;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

@Path("/topics")
@Produces(MediaType.APPLICATION_JSON)
public class TopicResource {

    private final TopicTree tree;

    public TopicResource(TopicTree tree) {
        this.tree = tree;
    }

    @GET
    @Operation(summary = "IPTC Media Topics as a tree with article counts", description = "A topic's count includes "
            + "the articles tagged with any of its descendants. Topics without articles are left out unless all=true.")
    public List<TopicTree.Node> topics(@QueryParam("all") String all) {
        return tree.tree(QueryParams.flag("all", all));
    }
}
