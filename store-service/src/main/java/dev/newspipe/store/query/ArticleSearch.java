package dev.newspipe.store.query;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /articles}: the filtered articles newest first, a page at a time, with facets over all of them. */
@ApplicationScoped
public class ArticleSearch {

    public record ArticleSummary(String id, String title, String source, String url, String author, String language,
            @JsonProperty("published_at") String publishedAt, String snippet) {
    }

    public record EntityCount(String canonical, String key, long articles) {
    }

    public record TopicCount(String code, String label, long articles) {
    }

    public record LanguageCount(String language, long articles) {
    }

    public record Facets(Map<String, List<EntityCount>> entities, List<TopicCount> topics, List<LanguageCount> languages) {
    }

    public record Page(List<ArticleSummary> items, @JsonProperty("next_cursor") String nextCursor, long total,
            Facets facets) {
    }

    static final int FACET_SIZE = 10;

    private final AgroalDataSource dataSource;

    public ArticleSearch(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Page search(ArticleFilter filter, Cursor after, int limit, boolean withFacets) {
        try (Connection c = dataSource.getConnection()) {
            SqlBuilder page = new SqlBuilder().append("""
                    select a.id, a.title, a.source, a.url, a.author, a.language, a.event->>'published_at',
                           a.published_at, left(a.body, 200)
                    from articles a where """).append(filter.where());
            if (after != null) {
                page.append(" and (a.published_at, a.id) < (?, ?)", after.publishedAt(), after.id());
            }
            page.append(" order by a.published_at desc, a.id desc limit ?", limit + 1);
            List<ArticleSummary> items = new ArrayList<>();
            List<OffsetDateTime> published = new ArrayList<>();
            try (PreparedStatement s = page.prepare(c); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(new ArticleSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(9)));
                    published.add(rs.getObject(8, OffsetDateTime.class));
                }
            }
            String next = null;
            if (items.size() > limit) { // the extra row only says there is a next page
                items.remove(limit);
                next = new Cursor(published.get(limit - 1), items.get(limit - 1).id()).encode();
            }
            return new Page(items, next, count(c, filter), withFacets ? facets(c, filter) : null);
        } catch (SQLException e) {
            throw new IllegalStateException("Article search failed: " + e.getMessage(), e);
        }
    }

    private static long count(Connection c, ArticleFilter filter) throws SQLException {
        SqlBuilder count = new SqlBuilder().append("select count(*) from articles a where ").append(filter.where());
        try (PreparedStatement s = count.prepare(c); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static SqlBuilder hits(ArticleFilter filter) {
        return new SqlBuilder().append("with hits as (select a.id, a.language from articles a where ")
                .append(filter.where()).append(") ");
    }

    private static Facets facets(Connection c, ArticleFilter filter) throws SQLException {
        Map<String, List<EntityCount>> entities = new LinkedHashMap<>();
        for (String type : List.of("PERSON", "ORGANIZATION", "LOCATION")) {
            entities.put(type, new ArrayList<>());
        }
        SqlBuilder entitySql = hits(filter).append("""
                select type, canonical, key, n from (
                    select e.type, e.canonical, e.key, count(*) as n,
                           row_number() over (partition by e.type order by count(*) desc, e.canonical) as rank
                    from hits h join article_entities ae on ae.article_id = h.id join entities e on e.id = ae.entity_id
                    group by e.id, e.type, e.canonical, e.key) ranked
                where rank <= ? order by type, n desc, canonical""", FACET_SIZE);
        try (PreparedStatement s = entitySql.prepare(c); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                entities.get(rs.getString(1)).add(new EntityCount(rs.getString(2), rs.getString(3), rs.getLong(4)));
            }
        }
        List<TopicCount> topics = new ArrayList<>();
        SqlBuilder topicSql = hits(filter).append("""
                select t.code, t.label, count(distinct h.id) from hits h
                join article_topics at on at.article_id = h.id join topics t on t.code = at.top_code
                group by t.code, t.label order by 3 desc, t.code""");
        try (PreparedStatement s = topicSql.prepare(c); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                topics.add(new TopicCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
            }
        }
        List<LanguageCount> languages = new ArrayList<>();
        SqlBuilder languageSql = hits(filter).append("select language, count(*) from hits group by language order by 2 desc, 1");
        try (PreparedStatement s = languageSql.prepare(c); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                languages.add(new LanguageCount(rs.getString(1), rs.getLong(2)));
            }
        }
        return new Facets(entities, topics, languages);
    }
}
