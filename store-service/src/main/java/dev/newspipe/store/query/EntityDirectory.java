package dev.newspipe.store.query;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Entity autocomplete: canonical names (or any surface form) starting with a prefix, most-mentioned first. */
@ApplicationScoped
public class EntityDirectory {

    public record EntitySuggestion(long id, String type, String canonical, String key, long articles) {
    }

    private final AgroalDataSource dataSource;

    public EntityDirectory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<EntitySuggestion> suggest(String prefix, String type, int limit) {
        String like = prefix.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        SqlBuilder sql = new SqlBuilder().append("""
                select e.id, e.type, e.canonical, e.key,
                       (select count(*) from article_entities ae where ae.entity_id = e.id) as articles
                from entities e
                where (lower(e.canonical) like ?
                       or e.id in (select m.entity_id from mentions m where lower(m.text) like ?))""", like, like);
        if (type != null) {
            sql.append(" and e.type = ?", type);
        }
        sql.append(" order by articles desc, e.canonical limit ?", limit);
        try {
            return QueryTransaction.run(dataSource, c -> {
                List<EntitySuggestion> suggestions = new ArrayList<>();
                try (PreparedStatement s = sql.prepare(c); ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        suggestions.add(new EntitySuggestion(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getLong(5)));
                    }
                }
                return suggestions;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Entity lookup failed: " + e.getMessage(), e);
        }
    }

    /**
     * The ids of the entities a filter names: by canonical name (any case) or key, or by a surface form any
     * article mentions them by (トランプ finds Donald Trump, and so every article about him in any language).
     */
    static List<Long> resolve(Connection c, ArticleFilter filter) throws SQLException {
        SqlBuilder sql = new SqlBuilder();
        if (filter.entityKey() != null) {
            sql.append("select e.id from entities e where e.key = ?", filter.entityKey());
        } else {
            sql.append("""
                    select e.id from entities e
                    where (lower(e.canonical) = lower(?) or e.key = ?
                           or e.id in (select m.entity_id from mentions m where lower(m.text) = lower(?)))""",
                    filter.entity(), filter.entity(), filter.entity());
            if (filter.entityType() != null) {
                sql.append(" and e.type = ?", filter.entityType());
            }
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = sql.prepare(c); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
