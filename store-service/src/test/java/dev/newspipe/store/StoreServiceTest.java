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
import dev.newspipe.store.model.StoredArticle;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void redeliveryNeverDuplicatesAndALateOlderEnrichmentNeverWins() {
        ArticleEnriched first = event("store-2", "first enrichment", Instant.parse("2025-10-28T00:00:01Z"));
        ArticleEnriched newer = event("store-2", "newer enrichment", Instant.parse("2025-10-28T00:00:05Z"));
        send(first);
        send(first);              // redelivery
        send(newer);              // re-enrichment
        send(first);              // the old one again, late
        send(event("store-2-marker", "marker", Instant.parse("2025-10-28T00:00:01Z")));
        // Same partition key order is not guaranteed across ids, so wait for the marker and then for the row.
        awaitStored("store-2-marker");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "newer enrichment".equals(given().get("/articles/store-2").path("title")));
        assertEquals(1L, StoredArticle.count("id", "store-2"));
        given().get("/articles/store-2").then().body("title", equalTo("newer enrichment"))
                .body("enriched_at", equalTo("2025-10-28T00:00:05Z"));
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
