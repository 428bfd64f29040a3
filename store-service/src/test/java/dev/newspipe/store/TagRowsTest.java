package dev.newspipe.store;

import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.DateTag;
import dev.newspipe.contract.EntityTag;
import dev.newspipe.contract.EntityType;
import dev.newspipe.contract.Mention;
import dev.newspipe.contract.TextField;
import dev.newspipe.contract.TopicTag;
import dev.newspipe.infra.QuarkusInfraResource;
import dev.newspipe.store.service.EnrichedArticleWriter;
import dev.newspipe.store.service.EnrichedArticleWriter.Received;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The writer against the real database: tags become rows, once, and a newer version replaces them whole. */
@QuarkusTest
@WithTestResource(value = QuarkusInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "postgres", value = "true"))
class TagRowsTest {

    @Inject
    EnrichedArticleWriter writer;

    @Inject
    AgroalDataSource dataSource;

    private static EntityTag xi(String surface, int start) {
        return new EntityTag(surface, EntityType.PERSON, "Xi Jinping", "xi-jinping", 0.95,
                List.of(new Mention(surface, TextField.BODY, start, start + surface.length())));
    }

    private static ArticleEnriched article(String id, String language, Instant enrichedAt, List<EntityTag> entities,
            List<DateTag> dates, List<TopicTag> topics) {
        return new ArticleEnriched(1, id, "title " + id, "body " + id, "2025-10-28", null, null, null, null, language,
                Instant.parse("2025-10-28T00:00:00Z"), enrichedAt, entities, dates, topics);
    }

    private static ArticleEnriched asVersion(ArticleEnriched e, int version) {
        return new ArticleEnriched(e.schemaVersion(), e.id(), e.title(), e.body(), e.publishedAt(), e.source(), e.url(),
                e.author(), e.languageHint(), e.language(), e.ingestedAt(), e.enrichedAt(), e.entities(), e.dates(),
                e.topics(), version, e.enrichedAt(), "api-key:test");
    }

    private static Received received(ArticleEnriched event) {
        return new Received(event, dev.newspipe.contract.EventJson.MAPPER.valueToTree(event).toString());
    }

    private List<List<String>> rows(String sql, Object... params) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int col = 1; col <= rs.getMetaData().getColumnCount(); col++) {
                        row.add(rs.getString(col));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    @Test
    void oneEntityAcrossLanguagesAndTagsAsRows() throws Exception {
        Instant t1 = Instant.parse("2025-10-28T01:00:00Z");
        ArticleEnriched ja = article("rows-ja", "ja", t1, List.of(xi("習近平", 0)),
                List.of(new DateTag("11月", "2025-11", TextField.BODY, 4, 7), new DateTag("1990年代", "199X", TextField.BODY, 8, 14)),
                List.of(new TopicTag("medtop:20000344", "international trade", "medtop:04000000", 0.8),
                        new TopicTag("medtop:04000000", "economy, business and finance", "medtop:04000000", 0.8)));
        ArticleEnriched zh = article("rows-zh", "zh", t1, List.of(xi("习近平", 2)), List.of(), List.of());
        ArticleEnriched en = article("rows-en", "en", t1, List.of(xi("Xi Jinping", 5), xi("Xi", 30)), List.of(), List.of());
        writer.write(List.of(received(ja), received(zh), received(en)));

        assertEquals(List.of(List.of("PERSON", "Xi Jinping", "xi-jinping", "3")), rows("""
                select e.type, e.canonical, e.key, count(ae.article_id) from entities e
                join article_entities ae on ae.entity_id = e.id
                where e.key = 'xi-jinping' and ae.article_id in ('rows-ja', 'rows-zh', 'rows-en')
                group by e.type, e.canonical, e.key"""));
        assertEquals(List.of(List.of("rows-en", "2")), rows(
                "select article_id, mention_count from article_entities where article_id = 'rows-en'"));
        assertEquals(List.of(List.of("Xi", "body", "30", "32"), List.of("Xi Jinping", "body", "5", "15")), rows(
                "select text, field, start_offset, end_offset from mentions where article_id = 'rows-en' order by text"));
        assertEquals(List.of(List.of("199X", "decade", "1990-01-01", "1999-12-31"),
                        List.of("2025-11", "month", "2025-11-01", "2025-11-30")),
                rows("select value, granularity, period_start, period_end from article_dates where article_id = 'rows-ja' order by value"));
        // "Mentions of November 2025": periods overlapping it.
        assertEquals(List.of(List.of("rows-ja")), rows("""
                select distinct article_id from article_dates
                where period_start <= date '2025-11-30' and period_end >= date '2025-11-01'
                  and article_id like 'rows-%' and granularity = 'month'"""));
        // A query for the top-level topic finds the article tagged with its descendant.
        assertEquals(List.of(List.of("rows-ja")), rows("""
                select distinct at.article_id from article_topics at
                join topic_ancestors ta on ta.code = at.code
                where ta.ancestor = 'medtop:04000000' and at.code = 'medtop:20000344' and at.article_id like 'rows-%'"""));
    }

    @Test
    void replayChangesNothingANewerVersionReplacesAllTagsAnOlderOneIsIgnored() throws Exception {
        Instant t1 = Instant.parse("2025-10-28T01:00:00Z");
        Instant t2 = Instant.parse("2025-10-28T02:00:00Z");
        ArticleEnriched first = article("rows-replace", "en", t1, List.of(xi("Xi Jinping", 0), xi("Xi", 20)),
                List.of(new DateTag("Monday", "2025-10-27", TextField.BODY, 40, 46)), List.of());
        ArticleEnriched newer = asVersion(article("rows-replace", "en", t2, List.of(xi("Xi Jinping", 0)), List.of(),
                List.of()), 2);

        assertEquals(1, writer.write(List.of(received(first))).written());
        assertEquals(0, writer.write(List.of(received(first), received(first))).written(), "replay writes nothing");
        assertEquals("2", rows("select count(*) from mentions where article_id = 'rows-replace'").get(0).get(0));

        assertEquals(1, writer.write(List.of(received(newer))).written());
        assertEquals("1", rows("select count(*) from mentions where article_id = 'rows-replace'").get(0).get(0));
        assertEquals("0", rows("select count(*) from article_dates where article_id = 'rows-replace'").get(0).get(0));

        assertEquals(0, writer.write(List.of(received(first))).written(), "a late older version never wins");
        assertEquals(List.of(List.of(t2.toString().replace("T", " ").replace("Z", "+00"), "1")), rows("""
                select a.enriched_at at time zone 'UTC' || '+00', (select count(*) from mentions m where m.article_id = a.id)
                from articles a where a.id = 'rows-replace'"""));
        assertEquals("1", rows("select count(*) from articles where id = 'rows-replace'").get(0).get(0));
    }

    @Test
    void theIptcVocabularyIsLoadedWithItsAncestry() throws Exception {
        assertTrue(Integer.parseInt(rows("select count(*) from topics").get(0).get(0)) > 1000);
        assertEquals("17", rows("select count(*) from topics where level = 1").get(0).get(0));
        List<List<String>> ancestry = rows("select ancestor from topic_ancestors where code = 'medtop:20000344' order by ancestor");
        assertTrue(ancestry.contains(List.of("medtop:04000000")) && ancestry.contains(List.of("medtop:20000344")), ancestry.toString());
    }
}
