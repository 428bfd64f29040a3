package dev.newspipe.store.query;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /topics}: the IPTC tree, each topic with the number of articles tagged with it or a descendant. */
@ApplicationScoped
public class TopicTree {

    public record Node(String code, String label, long articles, List<Node> children) {
    }

    private final AgroalDataSource dataSource;

    public TopicTree(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The tree; without {@code all}, only the branches that have articles. */
    public List<Node> tree(boolean all) {
        Map<String, Long> counts = new HashMap<>();
        record Row(String code, String parent, String label) {
        }
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("""
                    select ta.ancestor, count(distinct at.article_id) from article_topics at
                    join topic_ancestors ta on ta.code = at.code group by ta.ancestor""");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            try (PreparedStatement s = c.prepareStatement("select code, parent, label from topics order by level, code");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Topic tree failed: " + e.getMessage(), e);
        }
        Map<String, List<Node>> children = new HashMap<>();
        Map<String, Node> nodes = new LinkedHashMap<>();
        // Rows come parents first; build bottom-up by walking them in reverse.
        for (int i = rows.size() - 1; i >= 0; i--) {
            Row row = rows.get(i);
            long count = counts.getOrDefault(row.code(), 0L);
            if (!all && count == 0) {
                continue;
            }
            List<Node> kids = children.getOrDefault(row.code(), new ArrayList<>());
            kids.sort((a, b) -> Long.compare(b.articles(), a.articles()));
            Node node = new Node(row.code(), row.label(), count, kids);
            nodes.put(row.code(), node);
            children.computeIfAbsent(row.parent() == null ? "" : row.parent(), k -> new ArrayList<>()).add(node);
        }
        List<Node> roots = children.getOrDefault("", new ArrayList<>());
        roots.sort((a, b) -> Long.compare(b.articles(), a.articles()));
        return roots;
    }
}
