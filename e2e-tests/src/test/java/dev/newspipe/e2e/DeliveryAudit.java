package dev.newspipe.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.EventJson;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.Versioning;
import dev.newspipe.infra.PostgresServer;
import dev.newspipe.infra.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Every accepted article stored exactly once", asserted where it can fail (a count of {@code articles} rows cannot:
 * {@code id} is its primary key). For every accepted article:
 * <ol>
 *   <li>the stored article is what was posted (title, body, published_at as sent, source, url, author, version,
 *       publisher);</li>
 *   <li>the enriched topic, read {@code read_committed}, holds it once per version: more often only when it was
 *       submitted more often (ingest is at least once: a client retries what it got no 202 for), never more often
 *       than submitted;</li>
 *   <li>the store recognised every further delivery of a version as a duplicate rather than applying it again:
 *       {@code articles.writes} is the number of versions, whatever was delivered twice.</li>
 * </ol>
 * It first waits until enrich (when the run goes through ingest) and the store have committed their offsets past the
 * last record of their input topic, so that every delivery, duplicates included, has been processed before it looks.
 * <p>
 * For a run without ingest (enriched records produced by the test, as {@code DatabaseOutageIT} does):
 * {@code DeliveryAudit.assertHolds(bootstrap, pg, database, events.stream().map(Expected::of).toList(), false)}.
 */
public final class DeliveryAudit {

    static final String ENRICH_GROUP = "enrich-service";
    static final String STORE_GROUP = "store-service";
    private static final Duration CATCH_UP = Duration.ofMinutes(5);

    /** What was accepted for an article: the fields the store must hold unchanged; {@code publisher} null: unchecked. */
    public record Expected(String id, int version, String title, String body, String publishedAt, String source,
            String url, String author, String publisher) {

        /** Version 1 of an article posted by {@code publisher}. */
        public static Expected posted(String id, String title, String body, String publishedAt, String source,
                String url, String author, String publisher) {
            return new Expected(id, Versioning.FIRST, title, body, publishedAt, source, url, author, publisher);
        }

        /** An enriched event a test produced itself. */
        public static Expected of(ArticleEnriched e) {
            return new Expected(e.id(), e.version(), e.title(), e.body(), e.publishedAt(), e.source(), e.url(), e.author(),
                    e.publisher());
        }
    }

    /**
     * What the audit saw: accepted articles; records on the enriched topic for them; those beyond one per (id,
     * version), each one of a version submitted as often; and the store's writes for them, one per version.
     */
    public record Report(int articles, int enrichedRecords, int redeliveredVersions, long extraRecords, long writes) {
        @Override
        public String toString() {
            return articles + " accepted articles; " + enrichedRecords + " records on the enriched topic (read_committed), "
                    + extraRecords + " of them a version's second delivery (" + redeliveredVersions + " versions "
                    + "submitted more than once), all recognised as duplicates by the store: " + writes + " writes, one "
                    + "per version";
        }
    }

    private DeliveryAudit() {
    }

    /**
     * Checks the three points for {@code accepted} and fails with every disagreement found (the first 20 shown);
     * {@code throughIngest}: the articles came through ingest, so the submitted topic says how often each was submitted.
     */
    public static Report assertHolds(String bootstrap, PostgresServer pg, String database, Collection<Expected> accepted,
            boolean throughIngest) throws SQLException {
        TopicProbe probe = new TopicProbe(bootstrap);
        Map<String, Expected> expected = new HashMap<>();
        accepted.forEach(e -> expected.put(e.id(), e));
        List<String> problems = new ArrayList<>();

        Map<String, Integer> submitted = new HashMap<>();
        if (throughIngest) {
            List<ConsumerRecord<byte[], byte[]>> records = probe.readAll(Topics.SUBMITTED);
            awaitConsumed(probe, ENRICH_GROUP, records);
            countVersions(records, expected.keySet(), submitted);
        }
        List<ConsumerRecord<byte[], byte[]>> enrichedRecords = probe.readAll(Topics.ENRICHED);
        awaitConsumed(probe, STORE_GROUP, enrichedRecords);
        Map<String, Integer> enriched = new HashMap<>();
        int onTopic = countVersions(enrichedRecords, expected.keySet(), enriched);

        Map<String, Set<Integer>> versionsOnTopic = new HashMap<>();
        int redelivered = 0;
        long extra = 0;
        for (Expected e : accepted) {
            String key = e.id() + "@" + e.version();
            int n = enriched.getOrDefault(key, 0);
            int allowed = throughIngest ? submitted.getOrDefault(key, 0) : 1;
            if (n == 0) {
                problems.add(e.id() + " version " + e.version() + " is not on the enriched topic");
            } else if (n > allowed) {
                problems.add(e.id() + " version " + e.version() + " is " + n + " times on the enriched topic, but was "
                        + (throughIngest ? "submitted " + allowed + " time(s)" : "produced once"));
            }
            if (n > 1) {
                redelivered++;
                extra += n - 1;
            }
        }
        enriched.keySet().forEach(key -> versionsOnTopic.computeIfAbsent(key.substring(0, key.lastIndexOf('@')),
                id -> new HashSet<>()).add(Integer.parseInt(key.substring(key.lastIndexOf('@') + 1))));

        long writes = 0;
        Set<String> stored = new HashSet<>();
        try (Connection c = pg.connect(database); PreparedStatement s = c.prepareStatement("""
                select id, version, writes, title, body, event->>'published_at', source, url, author, publisher
                from articles where id = any(?)""")) {
            Array ids = c.createArrayOf("text", expected.keySet().toArray());
            s.setArray(1, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Expected e = expected.get(rs.getString(1));
                    stored.add(e.id());
                    int versions = versionsOnTopic.getOrDefault(e.id(), Set.of()).size();
                    writes += rs.getInt(3);
                    if (rs.getInt(3) != versions) {
                        problems.add(e.id() + " was written " + rs.getInt(3) + " times for " + versions
                                + " version(s) on the enriched topic: a delivery of a version already stored was applied again");
                    }
                    Expected actual = new Expected(e.id(), rs.getInt(2), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getString(9),
                            e.publisher() == null ? null : rs.getString(10));
                    if (!actual.equals(e)) {
                        problems.add(e.id() + " is stored as " + actual + ", not as accepted: " + e);
                    }
                }
            }
        }
        expected.keySet().stream().filter(id -> !stored.contains(id)).sorted()
                .forEach(id -> problems.add(id + " was accepted but is not stored"));

        assertTrue(problems.isEmpty(), problems.size() + " problem(s) with " + accepted.size() + " accepted articles:\n  "
                + String.join("\n  ", problems.stream().limit(20).toList()));
        return new Report(accepted.size(), onTopic, redelivered, extra, writes);
    }

    /** Waits until {@code group} has committed past the last of {@code records} in each partition. */
    private static void awaitConsumed(TopicProbe probe, String group, List<ConsumerRecord<byte[], byte[]>> records) {
        Map<TopicPartition, Long> last = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            last.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::max);
        }
        assertTrue(probe.awaitConsumed(group, last, CATCH_UP), group + " did not get past " + last + " within " + CATCH_UP);
    }

    /** Counts the records of {@code ids} per "id@version" into {@code counts}; returns how many there were. */
    private static int countVersions(List<ConsumerRecord<byte[], byte[]>> records, Set<String> ids,
            Map<String, Integer> counts) {
        int n = 0;
        for (ConsumerRecord<byte[], byte[]> r : records) {
            String id = new String(r.key(), StandardCharsets.UTF_8);
            if (ids.contains(id)) {
                counts.merge(id + "@" + versionOf(r.value()), 1, Integer::sum);
                n++;
            }
        }
        return n;
    }

    private static int versionOf(byte[] value) {
        try {
            JsonNode version = EventJson.MAPPER.readTree(value).get("version");
            return version == null ? Versioning.FIRST : version.intValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
