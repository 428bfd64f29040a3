package dev.newspipe.store.service;

import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.DateTag;
import dev.newspipe.contract.EntityTag;
import dev.newspipe.contract.Mention;
import dev.newspipe.contract.TopicTag;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a batch of enriched articles and their tags in one transaction, with a fixed number of
 * statements per batch whatever its size (arrays unnested server-side), so that the store keeps up
 * with the broker. Keeps one row per article, its current version: an event is applied only when its
 * {@code version} is higher than the stored one (replacing the article's row and all its tags, and
 * keeping the replaced version in {@code article_versions}); the same version again (a redelivery, a
 * replay, the same content submitted twice) is a duplicate and changes nothing; an older version
 * arriving late is kept in {@code article_versions} only. {@code articles.writes} counts the events
 * applied to a row, so that a duplicate written twice would show.
 * Plain JDBC rather than Hibernate here: set-based upserts ({@code on conflict ... where}) are the point.
 */
@ApplicationScoped
public class EnrichedArticleWriter {

    /** An event as read off the topic, with its exact JSON (kept whole in articles.event). */
    public record Received(ArticleEnriched event, String json) {
    }

    /**
     * What a batch did: articles inserted or replaced, and those left alone (duplicates and stale); the ids of the
     * written ones.
     */
    public record Outcome(int written, int unchanged, Set<String> writtenIds) {
    }

    private static final String UPSERT_ARTICLES = """
            insert into articles (id, title, body, url, source, author, language, published_at, ingested_at,
                                  enriched_at, stored_at, schema_version, event, version, updated_at, publisher)
            select id, title, body, url, source, author, language,
                   case when length(published) = 10 then (published || 'T00:00:00Z')::timestamptz
                        else published::timestamptz end,
                   ingested::timestamptz, enriched::timestamptz, now(), schema_version, event::jsonb, version,
                   updated::timestamptz, publisher
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::int[])
                 as t(id, title, body, url, source, author, language, published, ingested, enriched, event, updated,
                      publisher, schema_version, version)
            on conflict (id) do update set
                title = excluded.title, body = excluded.body, url = excluded.url, source = excluded.source,
                author = excluded.author, language = excluded.language, published_at = excluded.published_at,
                ingested_at = excluded.ingested_at, enriched_at = excluded.enriched_at,
                stored_at = excluded.stored_at, schema_version = excluded.schema_version, event = excluded.event,
                version = excluded.version, updated_at = excluded.updated_at, publisher = excluded.publisher,
                writes = articles.writes + 1
            where articles.version < excluded.version
            returning id
            """;

    /** The current rows that newer versions of this batch are about to replace: kept as earlier versions. */
    private static final String KEEP_REPLACED = """
            insert into article_versions (article_id, version, updated_at, publisher, enriched_at, stored_at, event)
            select a.id, a.version, a.updated_at, a.publisher, a.enriched_at, a.stored_at, a.event
            from articles a join unnest(?::text[], ?::int[]) as t(id, version) on a.id = t.id
            where a.version < t.version
            on conflict do nothing
            """;

    /** Events older than the stored version (late, or outdone within their batch): kept as earlier versions. */
    private static final String KEEP_EARLIER = """
            insert into article_versions (article_id, version, updated_at, publisher, enriched_at, stored_at, event)
            select t.id, t.version, t.updated::timestamptz, t.publisher, t.enriched::timestamptz, now(), t.event::jsonb
            from unnest(?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[])
                 as t(id, version, updated, publisher, enriched, event)
            join articles a on a.id = t.id
            where a.version > t.version
            on conflict do nothing
            """;

    private static final List<String> CHILD_TABLES = List.of("mentions", "article_entities", "article_dates", "article_topics");

    private final AgroalDataSource dataSource;

    public EnrichedArticleWriter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public Outcome write(List<Received> batch) {
        // Within a batch the highest version of an article is the only one that can become current.
        Map<String, Received> newest = new LinkedHashMap<>();
        List<Received> outdone = new ArrayList<>();
        for (Received received : batch) {
            Received kept = newest.putIfAbsent(received.event().id(), received);
            if (kept != null && received.event().version() > kept.event().version()) {
                newest.put(received.event().id(), received);
                outdone.add(kept);
            } else if (kept != null) {
                outdone.add(received);
            }
        }
        try (Connection c = dataSource.getConnection()) {
            keepReplaced(c, newest.values());
            Set<String> written = upsertArticles(c, newest.values());
            List<Received> notApplied = new ArrayList<>(outdone);
            newest.values().stream().filter(r -> !written.contains(r.event().id())).forEach(notApplied::add);
            keepEarlier(c, notApplied);
            List<ArticleEnriched> changed = newest.values().stream().map(Received::event)
                    .filter(e -> written.contains(e.id())).toList();
            if (!changed.isEmpty()) {
                replaceTags(c, changed);
            }
            return new Outcome(written.size(), batch.size() - written.size(), Set.copyOf(written));
        } catch (SQLException e) {
            throw new IllegalStateException("Storing " + batch.size() + " article(s) failed: " + e.getMessage(), e);
        }
    }

    private Set<String> upsertArticles(Connection c, Collection<Received> articles) throws SQLException {
        Columns rows = new Columns(15);
        for (Received r : articles) {
            ArticleEnriched e = r.event();
            rows.add(e.id(), e.title(), e.body(), e.url(), e.source(), e.author(), e.language(), e.publishedAt(),
                    e.ingestedAt().toString(), e.enrichedAt().toString(), r.json(), e.updatedAt().toString(),
                    e.publisher(), e.schemaVersion(), e.version());
        }
        Set<String> written = new HashSet<>();
        try (PreparedStatement upsert = rows.prepare(c, UPSERT_ARTICLES, "text", "text", "text", "text", "text", "text",
                "text", "text", "text", "text", "text", "text", "text", "int4", "int4");
             ResultSet rs = upsert.executeQuery()) {
            while (rs.next()) {
                written.add(rs.getString(1));
            }
        }
        return written;
    }

    private void keepReplaced(Connection c, Collection<Received> articles) throws SQLException {
        Columns rows = new Columns(2);
        articles.forEach(r -> rows.add(r.event().id(), r.event().version()));
        rows.insert(c, KEEP_REPLACED, "text", "int4");
    }

    private void keepEarlier(Connection c, Collection<Received> articles) throws SQLException {
        Columns rows = new Columns(6);
        for (Received r : articles) {
            ArticleEnriched e = r.event();
            rows.add(e.id(), e.version(), e.updatedAt().toString(), e.publisher(), e.enrichedAt().toString(), r.json());
        }
        rows.insert(c, KEEP_EARLIER, "text", "int4", "text", "text", "text", "text");
    }

    private void replaceTags(Connection c, List<ArticleEnriched> articles) throws SQLException {
        Array ids = c.createArrayOf("text", articles.stream().map(ArticleEnriched::id).toArray());
        for (String table : CHILD_TABLES) {
            try (PreparedStatement delete = c.prepareStatement("delete from " + table + " where article_id = any(?)")) {
                delete.setArray(1, ids);
                delete.executeUpdate();
            }
        }
        Map<String, Long> entityIds = upsertEntities(c, articles);
        insertEntityRows(c, articles, entityIds);
        insertDates(c, articles);
        insertTopics(c, articles);
    }

    static String identity(EntityTag entity) {
        return entity.key() != null
                ? "key:" + entity.type() + ":" + entity.key()
                : "name:" + entity.type() + ":" + entity.canonical().strip().toLowerCase(Locale.ROOT);
    }

    private Map<String, Long> upsertEntities(Connection c, List<ArticleEnriched> articles) throws SQLException {
        // Sorted: concurrent batches then insert shared entities in the same order and cannot deadlock.
        Map<String, EntityTag> distinct = new TreeMap<>();
        for (ArticleEnriched article : articles) {
            for (EntityTag entity : article.entities()) {
                distinct.putIfAbsent(identity(entity), entity);
            }
        }
        Map<String, Long> ids = new HashMap<>();
        if (distinct.isEmpty()) {
            return ids;
        }
        List<String> identities = new ArrayList<>(distinct.keySet());
        List<EntityTag> tags = new ArrayList<>(distinct.values());
        try (PreparedStatement insert = c.prepareStatement("""
                insert into entities (identity, type, canonical, key)
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[])
                on conflict (identity) do nothing
                """)) {
            insert.setArray(1, c.createArrayOf("text", identities.toArray()));
            insert.setArray(2, c.createArrayOf("text", tags.stream().map(t -> t.type().name()).toArray()));
            insert.setArray(3, c.createArrayOf("text", tags.stream().map(EntityTag::canonical).toArray()));
            insert.setArray(4, c.createArrayOf("text", tags.stream().map(EntityTag::key).toArray()));
            insert.executeUpdate();
        }
        try (PreparedStatement select = c.prepareStatement("select identity, id from entities where identity = any(?)")) {
            select.setArray(1, c.createArrayOf("text", identities.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return ids;
    }

    private void insertEntityRows(Connection c, List<ArticleEnriched> articles, Map<String, Long> entityIds)
            throws SQLException {
        Columns links = new Columns(4);
        Columns mentions = new Columns(6);
        for (ArticleEnriched article : articles) {
            Map<Long, EntityTag> perArticle = new LinkedHashMap<>();
            Map<Long, Integer> counts = new HashMap<>();
            Set<String> seenMentions = new HashSet<>();
            for (EntityTag entity : article.entities()) {
                Long id = entityIds.get(identity(entity));
                perArticle.merge(id, entity, (a, b) -> a.confidence() >= b.confidence() ? a : b);
                for (Mention m : entity.mentions()) {
                    if (seenMentions.add(m.field() + ":" + m.start() + ":" + id)) {
                        counts.merge(id, 1, Integer::sum);
                        mentions.add(article.id(), id, m.text(), field(m.field()), m.start(), m.end());
                    }
                }
            }
            perArticle.forEach((id, entity) ->
                    links.add(article.id(), id, counts.getOrDefault(id, 0), entity.confidence()));
        }
        links.insert(c, "insert into article_entities (article_id, entity_id, mention_count, confidence) "
                + "select * from unnest(?::text[], ?::int8[], ?::int4[], ?::float4[])",
                "text", "int8", "int4", "float4");
        mentions.insert(c, "insert into mentions (article_id, entity_id, text, field, start_offset, end_offset) "
                + "select * from unnest(?::text[], ?::int8[], ?::text[], ?::text[], ?::int4[], ?::int4[])",
                "text", "int8", "text", "text", "int4", "int4");
    }

    private void insertDates(Connection c, List<ArticleEnriched> articles) throws SQLException {
        Columns dates = new Columns(9);
        for (ArticleEnriched article : articles) {
            Set<String> seen = new HashSet<>();
            for (DateTag date : article.dates()) {
                DatePeriod period = DatePeriod.of(date.value());
                if (period != null && seen.add(date.field() + ":" + date.start())) {
                    dates.add(article.id(), date.value(), period.granularity(), period.start().toString(),
                            period.end().toString(), date.text(), field(date.field()), date.start(), date.end());
                }
            }
        }
        dates.insert(c, "insert into article_dates (article_id, value, granularity, period_start, period_end, text, "
                + "field, start_offset, end_offset) select * from unnest(?::text[], ?::text[], ?::text[], "
                + "?::date[], ?::date[], ?::text[], ?::text[], ?::int4[], ?::int4[])",
                "text", "text", "text", "text", "text", "text", "text", "int4", "int4");
    }

    private void insertTopics(Connection c, List<ArticleEnriched> articles) throws SQLException {
        Columns topics = new Columns(4);
        for (ArticleEnriched article : articles) {
            Set<String> seen = new HashSet<>();
            for (TopicTag topic : article.topics()) {
                if (seen.add(topic.code())) {
                    topics.add(article.id(), topic.code(), topic.top(), topic.score());
                }
            }
        }
        topics.insert(c, "insert into article_topics (article_id, code, top_code, score) "
                + "select * from unnest(?::text[], ?::text[], ?::text[], ?::float4[])",
                "text", "text", "text", "float4");
    }

    private static String field(dev.newspipe.contract.TextField field) {
        return field.name().toLowerCase(Locale.ROOT);
    }

    /** Column-wise rows for one {@code insert ... select * from unnest(...)}. */
    private static final class Columns {
        private final List<List<Object>> columns = new ArrayList<>();

        Columns(int width) {
            for (int i = 0; i < width; i++) {
                columns.add(new ArrayList<>());
            }
        }

        void add(Object... row) {
            for (int i = 0; i < row.length; i++) {
                columns.get(i).add(row[i]);
            }
        }

        void insert(Connection c, String sql, String... types) throws SQLException {
            if (columns.get(0).isEmpty()) {
                return;
            }
            try (PreparedStatement insert = prepare(c, sql, types)) {
                insert.executeUpdate();
            }
        }

        /** {@code sql} with one array parameter per column, of the given SQL types. */
        PreparedStatement prepare(Connection c, String sql, String... types) throws SQLException {
            PreparedStatement statement = c.prepareStatement(sql);
            try {
                for (int i = 0; i < types.length; i++) {
                    statement.setArray(i + 1, c.createArrayOf(types[i], columns.get(i).toArray()));
                }
                return statement;
            } catch (SQLException e) {
                statement.close();
                throw e;
            }
        }
    }
}
