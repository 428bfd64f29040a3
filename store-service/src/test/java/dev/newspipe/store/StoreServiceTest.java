package dev.newspipe.store;

import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.DateTag;
import dev.newspipe.contract.EntityTag;
import dev.newspipe.contract.EntityType;
import dev.newspipe.contract.EventJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newspipe.contract.Mention;
import dev.newspipe.contract.TextField;
import dev.newspipe.contract.TopicTag;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.kafka.EventSerializer;
import dev.newspipe.infra.QuarkusInfraResource;
import dev.newspipe.infra.TestCredentials;
import dev.newspipe.infra.TopicProbe;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Enriched events from a real broker into a real PostgreSQL, read back over HTTP. */
@QuarkusTest
@WithTestResource(value = QuarkusInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "postgres", value = "true"))
class StoreServiceTest {

    @ConfigProperty(name = TestCredentials.READER_KEY)
    String readerKey;

    /** Every query below comes with the reader key of this test run (StoreAuthenticationTest: without). */
    private RequestSpecification given() {
        return RestAssured.given().header("Authorization", "ApiKey " + readerKey);
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DatabaseAdmin admin;

    /** The store's consumer group (application.properties). */
    private static final String STORE_GROUP = "store-service";

    private static ArticleEnriched event(String id, String title, Instant enrichedAt) {
        return new ArticleEnriched(1, id, title, "ドナルド・トランプ米大統領は木曜日に", "2025-10-28T09:30:00+09:00",
                "Asia Times", "https://example.com/" + id, "Jeff Pao", null, "ja", Instant.parse("2025-10-28T00:00:00Z"),
                enrichedAt,
                List.of(new EntityTag("ドナルド・トランプ", EntityType.PERSON, "ドナルド・トランプ", "Q22686", 0.9,
                        List.of(new Mention("ドナルド・トランプ", TextField.BODY, 0, 9)))),
                List.of(new DateTag("木曜日", "2025-10-30", TextField.BODY, 14, 17)),
                List.of(new TopicTag("medtop:20000344", "international trade", "medtop:04000000", 0.7)));
    }

    private void send(ArticleEnriched event) {
        new TopicProbe(bootstrap).send(Topics.ENRICHED, event.id(),
                new EventSerializer<ArticleEnriched>().serialize(Topics.ENRICHED, event));
    }

    private void awaitStored(String id) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/articles/" + id).statusCode() == 200);
    }

    @Test
    void enrichedEventIsStoredAndServedWithAllItsFields() {
        send(event("store-1", "米中両国は脆弱な休戦状態へ", Instant.parse("2025-10-28T00:00:01Z")));
        awaitStored("store-1");
        given().get("/articles/store-1").then().statusCode(200)
                .body("id", equalTo("store-1"))
                .body("language", equalTo("ja"))
                .body("published_at", equalTo("2025-10-28T09:30:00+09:00"))
                .body("entities[0].canonical", equalTo("ドナルド・トランプ"))
                .body("entities[0].mentions[0].field", equalTo("body"))
                .body("dates[0].value", equalTo("2025-10-30"))
                .body("topics[0].top", equalTo("medtop:04000000"))
                .body("stored_at", notNullValue());
    }

    @Test
    void fieldsALaterSchemaAddsAreKeptAndServed() {
        ObjectNode json = EventJson.MAPPER.valueToTree(event("store-future", "from the future", Instant.parse("2025-10-28T00:00:01Z")));
        json.put("sentiment", "neutral");
        new TopicProbe(bootstrap).send(Topics.ENRICHED, "store-future", json.toString().getBytes(StandardCharsets.UTF_8));
        awaitStored("store-future");
        given().get("/articles/store-future").then().statusCode(200)
                .body("title", equalTo("from the future"))
                .body("sentiment", equalTo("neutral"));
    }

    @Test
    void unknownIdIsA404Problem() {
        given().get("/articles/does-not-exist").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/articles/does-not-exist"));
    }

    private static ArticleEnriched version(String id, int version, String title, Instant enrichedAt) {
        ArticleEnriched e = event(id, title, enrichedAt);
        return new ArticleEnriched(e.schemaVersion(), e.id(), e.title(), e.body(), e.publishedAt(), e.source(), e.url(),
                e.author(), e.languageHint(), e.language(), e.ingestedAt(), e.enrichedAt(), e.entities(), e.dates(),
                e.topics(), version, Instant.parse("2025-10-28T00:00:00Z").plusSeconds(version), "api-key:wire");
    }

    private RecordMetadata sendAt(ArticleEnriched event) {
        return new TopicProbe(bootstrap).send(Topics.ENRICHED, event.id(),
                new EventSerializer<ArticleEnriched>().serialize(Topics.ENRICHED, event));
    }

    /** Waits until the store has committed its offset past {@code record}: it has processed that very record. */
    private void awaitProcessed(RecordMetadata record) {
        assertTrue(new TopicProbe(bootstrap).awaitConsumed(STORE_GROUP, record, Duration.ofSeconds(30)),
                "the store did not get past " + record);
    }

    /** articles.version, writes, title and publisher of a stored article, read as the administrator. */
    private List<Object> storedRow(String id) throws Exception {
        try (Connection c = admin.connect(); PreparedStatement s = c.prepareStatement(
                "select version, writes, title, publisher, updated_at from articles where id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), id + " is not stored");
                return Arrays.asList(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant());
            }
        }
    }

    private List<String> earlierVersions(String id) throws Exception {
        List<String> versions = new ArrayList<>();
        try (Connection c = admin.connect(); PreparedStatement s = c.prepareStatement(
                "select version, event->>'title' from article_versions where article_id = ? order by version")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    versions.add(rs.getInt(1) + ":" + rs.getString(2));
                }
            }
        }
        return versions;
    }

    /**
     * Versions are applied in order and each at most once: a redelivery of a version, even enriched again later, is a
     * duplicate, and an older version arriving after a newer one is kept as an earlier version without replacing it.
     * {@code writes} counts what was applied: 2 (versions 1 and 2), whatever was redelivered. The test waits for the
     * last record it sends itself (the store's committed offset passing it), not for another key.
     */
    @Test
    void versionsAreAppliedInOrderAndRedeliveriesAreRecognisedAsDuplicates() throws Exception {
        String id = "store-versions";
        ArticleEnriched first = version(id, 1, "first version", Instant.parse("2025-10-28T00:00:01Z"));
        ArticleEnriched reEnriched = version(id, 1, "first version, enriched again", Instant.parse("2025-10-28T00:00:03Z"));
        ArticleEnriched second = version(id, 2, "second version", Instant.parse("2025-10-28T00:00:05Z"));
        sendAt(first);
        sendAt(first);                                    // redelivery
        sendAt(reEnriched);                               // the same version enriched twice (submitted twice)
        awaitProcessed(sendAt(second));                   // the next version
        assertEquals(List.of(2, 2, "second version", "api-key:wire", second.updatedAt()), storedRow(id));
        RecordMetadata late = sendAt(first);              // the old version again, late
        sendAt(second);                                   // and the current one redelivered
        awaitProcessed(late);
        awaitProcessed(sendAt(second));

        assertEquals(List.of(2, 2, "second version", "api-key:wire", second.updatedAt()), storedRow(id),
                "version 2 stored, applied twice in all (versions 1 and 2): no redelivery was written again");
        assertEquals(List.of("1:first version"), earlierVersions(id), "version 1 kept once, as first stored");
        given().get("/articles/" + id).then().statusCode(200)
                .body("title", equalTo("second version"))
                .body("version", equalTo(2))
                .body("updated_at", equalTo(second.updatedAt().toString()))
                .body("publisher", equalTo("api-key:wire"))
                .body("enriched_at", equalTo("2025-10-28T00:00:05Z"));
        given().get("/articles/" + id + "/versions").then().statusCode(200)
                .body("version", equalTo(List.of(2, 1)))
                .body("title", equalTo(List.of("second version", "first version")))
                .body("current", equalTo(List.of(true, false)));
        given().get("/articles/" + id + "/versions/1").then().statusCode(200)
                .body("title", equalTo("first version")).body("version", equalTo(1));
        given().get("/articles/" + id + "/versions/3").then().statusCode(404).contentType("application/problem+json");
        given().get("/articles/" + id + "/versions/0").then().statusCode(400).body("errors.field", hasItem("version"));
    }

    /** Within one batch too: the newest version becomes current, the older one of the batch is kept as earlier. */
    @Test
    void aNewerVersionInTheSameBatchWinsAndTheOlderIsKept() throws Exception {
        String id = "store-batch-versions";
        List<ArticleEnriched> events = List.of(version(id, 2, "v2", Instant.parse("2025-10-28T00:00:02Z")),
                version(id, 1, "v1", Instant.parse("2025-10-28T00:00:01Z")),
                version(id, 2, "v2", Instant.parse("2025-10-28T00:00:02Z")));
        EventSerializer<ArticleEnriched> serializer = new EventSerializer<>();
        List<RecordMetadata> sent = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 100), new StringSerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> pending = new ArrayList<>();
            for (ArticleEnriched event : events) {
                pending.add(producer.send(new ProducerRecord<>(Topics.ENRICHED, id, serializer.serialize(Topics.ENRICHED, event))));
            }
            for (Future<RecordMetadata> f : pending) {
                sent.add(f.get());
            }
        }
        awaitProcessed(sent.get(sent.size() - 1));
        assertEquals(List.of(2, 1, "v2", "api-key:wire", events.get(0).updatedAt()), storedRow(id));
        assertEquals(List.of("1:v1"), earlierVersions(id));
    }

    /** Schema v1 records written before versions existed: stored as version 1, updated when ingested, no publisher. */
    @Test
    void aRecordWithoutVersionFieldsIsStoredAsTheFirstVersion() throws Exception {
        ObjectNode json = EventJson.MAPPER.valueToTree(event("store-unversioned", "old record", Instant.parse("2025-10-28T00:00:01Z")));
        json.remove(List.of("version", "updated_at", "publisher"));
        awaitProcessed(new TopicProbe(bootstrap).send(Topics.ENRICHED, "store-unversioned",
                json.toString().getBytes(StandardCharsets.UTF_8)));
        List<Object> row = storedRow("store-unversioned");
        assertEquals(List.of(1, 1, "old record"), row.subList(0, 3));
        assertNull(row.get(3), "no publisher");
        given().get("/articles/store-unversioned").then().statusCode(200)
                .body("version", equalTo(1))
                .body("updated_at", equalTo("2025-10-28T00:00:00Z"))
                .body("publisher", nullValue());
    }

    /** A NUL in a text: PostgreSQL refuses it for good (SQLState 22021), so only that record is dead-lettered. */
    @Test
    void aRecordTheDatabaseRefusesIsDeadLetteredAloneAndItsNeighboursStored() {
        TopicProbe probe = new TopicProbe(bootstrap);
        send(event("store-before-nul", "before", Instant.parse("2025-10-28T00:00:01Z")));
        send(event("store-nul", "a NUL \u0000 in the title", Instant.parse("2025-10-28T00:00:01Z")));
        send(event("store-after-nul", "after", Instant.parse("2025-10-28T00:00:01Z")));
        awaitStored("store-before-nul");
        awaitStored("store-after-nul");
        List<ConsumerRecord<String, String>> dead = probe.await("news.articles.dlq.store",
                r -> "store-nul".equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, dead.size());
        String reason = new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertTrue(reason.startsWith("SQLState 22"), reason);
        assertEquals("store", new String(dead.get(0).headers().lastHeader("dead-letter-stage").value(), StandardCharsets.UTF_8));
        given().get("/articles/store-nul").then().statusCode(404);
    }

    @Test
    void poisonRecordIsDeadLetteredAndTheNextOneStored() {
        TopicProbe probe = new TopicProbe(bootstrap);
        probe.send(Topics.ENRICHED, "store-poison", "garbage".getBytes(StandardCharsets.UTF_8));
        send(event("store-after-poison", "after poison", Instant.parse("2025-10-28T00:00:01Z")));
        awaitStored("store-after-poison");
        assertEquals(1, probe.await("news.articles.dlq.store", r -> "store-poison".equals(r.key()), 1,
                Duration.ofSeconds(30)).size());
    }
}
