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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /articles}: the filtered articles newest first, a page at a time, with their total and facets (exact
 * up to {@link #WINDOW} matching articles, over the newest {@link #WINDOW} beyond).
 */
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

    /**
     * Top entities per type, top-level topics and languages of the matching articles; {@code articles} is how
     * many (newest first) they count: all of them, or the newest {@link #WINDOW} of a larger result set.
     */
    public record Facets(Map<String, List<EntityCount>> entities, List<TopicCount> topics, List<LanguageCount> languages,
            long articles) {
    }

    /** {@code total} is exact when {@code total_exact}; otherwise more than {@link #WINDOW} articles match. */
    public record Page(List<ArticleSummary> items, @JsonProperty("next_cursor") String nextCursor, long total,
            @JsonProperty("total_exact") boolean totalExact, Facets facets) {
    }

    static final int FACET_SIZE = 10;

    private final AgroalDataSource dataSource;

    public ArticleSearch(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * How many matching articles, newest first, are counted exactly and faceted. Counting and faceting all of a
     * broad result set (a language: a third of the store) costs time in proportion to it; beyond this window
     * the page still comes back in milliseconds and says that its total is a lower bound.
     */
    public static final int WINDOW = 500;

    public Page search(ArticleFilter filter, Cursor after, int limit, boolean withFacets) {
        try {
            return QueryTransaction.run(dataSource, c -> search(c, filter, after, limit, withFacets));
        } catch (SQLException e) {
            throw new IllegalStateException("Article search failed: " + e.getMessage(), e);
        }
    }

    private static Page search(Connection c, ArticleFilter filter, Cursor after, int limit, boolean withFacets)
            throws SQLException {
        List<Long> entityIds = null;
        if (filter.namesEntity()) {
            entityIds = EntityDirectory.resolve(c, filter);
            if (entityIds.isEmpty()) {
                return page(List.of(), null, 0, withFacets ? emptyFacets() : null);
            }
        }
        SqlBuilder where = filter.where(entityIds);
        SqlBuilder page = new SqlBuilder().append("""
                select a.id, a.title, a.source, a.url, a.author, a.language, a.event->>'published_at',
                       a.published_at, left(a.body, 200)
                from articles a where """).append(where);
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
        if (!withFacets) {
            return page(items, next, count(c, where), null);
        }
        Counted counted = facets(c, where);
        return page(items, next, counted.matched(), counted.facets());
    }

    /** {@code matched} counts up to one more than the window: beyond it the total is a lower bound. */
    private static Page page(List<ArticleSummary> items, String next, long matched, Facets facets) {
        return new Page(items, next, Math.min(matched, WINDOW), matched <= WINDOW, facets);
    }

    /** The facets of the newest {@link #WINDOW} matching articles, and how many matched, up to WINDOW + 1. */
    private record Counted(Facets facets, long matched) {
    }

    /** Matching articles, counted up to one more than the window. */
    private static long count(Connection c, SqlBuilder where) throws SQLException {
        SqlBuilder count = new SqlBuilder().append("select count(*) from (select 1 from articles a where ")
                .append(where).append(" limit ?) matched", WINDOW + 1);
        try (PreparedStatement s = count.prepare(c); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Facets emptyFacets() {
        Map<String, List<EntityCount>> entities = new LinkedHashMap<>();
        for (String type : List.of("PERSON", "ORGANIZATION", "LOCATION")) {
            entities.put(type, new ArrayList<>());
        }
        return new Facets(entities, new ArrayList<>(), new ArrayList<>(), 0);
    }

    /**
     * All facets in one statement, so that the filter is evaluated once: over the newest {@link #WINDOW}
     * matching articles, plus one more row to tell whether there are more.
     */
    private static Counted facets(Connection c, SqlBuilder where) throws SQLException {
        SqlBuilder sql = new SqlBuilder().append("""
                with matched as materialized (
                    select a.id, a.language, a.published_at from articles a where """).append(where).append("""
                     order by a.published_at desc, a.id desc limit ?),
                hits as (select id, language from matched order by published_at desc, id desc limit ?),
                entity_counts as (
                    select ae.entity_id, count(*) as n from hits h join article_entities ae on ae.article_id = h.id
                    group by ae.entity_id),
                ranked as (
                    select e.type, e.canonical, e.key, ec.n,
                           row_number() over (partition by e.type order by ec.n desc, e.canonical) as rank
                    from entity_counts ec join entities e on e.id = ec.entity_id),
                top_counts as (
                    select x.top_code, count(*) as n
                    from hits h cross join lateral
                         (select distinct at.top_code from article_topics at where at.article_id = h.id) x
                    group by x.top_code)
                select 'entity', type, canonical, key, n from ranked where rank <= ?
                union all
                select 'topic', tc.top_code, t.label, null, tc.n from top_counts tc join topics t on t.code = tc.top_code
                union all
                select 'language', language, null, null, count(*) from hits group by language
                union all
                select 'matched', null, null, null, count(*) from matched
                """, WINDOW + 1, WINDOW, FACET_SIZE);
        Facets facets = emptyFacets();
        long matched = 0;
        try (PreparedStatement s = sql.prepare(c); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                switch (rs.getString(1)) {
                    case "entity" -> facets.entities().get(rs.getString(2))
                            .add(new EntityCount(rs.getString(3), rs.getString(4), rs.getLong(5)));
                    case "topic" -> facets.topics().add(new TopicCount(rs.getString(2), rs.getString(3), rs.getLong(5)));
                    case "language" -> facets.languages().add(new LanguageCount(rs.getString(2), rs.getLong(5)));
                    default -> matched = rs.getLong(5);
                }
            }
        }
        for (List<EntityCount> counts : facets.entities().values()) {
            counts.sort(Comparator.comparingLong(EntityCount::articles).reversed().thenComparing(EntityCount::canonical));
        }
        facets.topics().sort(Comparator.comparingLong(TopicCount::articles).reversed().thenComparing(TopicCount::code));
        facets.languages().sort(Comparator.comparingLong(LanguageCount::articles).reversed()
                .thenComparing(LanguageCount::language));
        return new Counted(new Facets(facets.entities(), facets.topics(), facets.languages(), Math.min(matched, WINDOW)),
                matched);
    }
}
