package dev.newspipe.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.contract.EventJson;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.kafka.ArticleEnrichedDeserializer;
import dev.newspipe.contract.kafka.EventSerializer;
import dev.newspipe.enrich.messaging.TransactionalProducerConfig;
import dev.newspipe.infra.QuarkusInfraResource;
import dev.newspipe.infra.SharedData;
import dev.newspipe.infra.TopicProbe;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The enricher's real wiring: submitted records in from a real broker, enriched records out. */
@QuarkusTest
@WithTestResource(value = QuarkusInfraResource.class, scope = TestResourceScope.GLOBAL)
class EnrichmentProcessorTest {

    private static final String DLQ = "news.articles.dlq.enrich";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    TransactionalProducerConfig instance;

    private static ArticleSubmitted article(String id, String title, String body, String hint) {
        return new ArticleSubmitted(1, id, title, body, "2025-10-28", "Test", null, null, hint, Instant.now());
    }

    private void submit(ArticleSubmitted article) {
        new TopicProbe(bootstrap).send(Topics.SUBMITTED, article.id(),
                new EventSerializer<ArticleSubmitted>().serialize(Topics.SUBMITTED, article));
    }

    private ArticleEnriched awaitEnriched(String id) {
        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrap)
                .await(Topics.ENRICHED, r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, records.size(), "enriched record for " + id);
        return new ArticleEnrichedDeserializer().deserialize(Topics.ENRICHED,
                records.get(0).value().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sampleIsEnrichedAsJapaneseAndKeyedById() throws Exception {
        JsonNode sample = EventJson.MAPPER.readTree(SharedData.bytes(SharedData.SAMPLE_JA));
        ArticleSubmitted in = article("sample-ja", sample.get("title").asText(), sample.get("body").asText(), "en");
        submit(in);
        ArticleEnriched out = awaitEnriched("sample-ja");
        assertEquals("ja", out.language());
        assertEquals("en", out.languageHint(), "the hint is kept, not trusted");
        assertEquals(in.title(), out.title());
        assertEquals(in.body(), out.body());
        assertEquals(ArticleEnriched.SCHEMA_VERSION, out.schemaVersion());
        assertNotNull(out.enrichedAt());
    }

    /** The version, its time and its publisher travel through enrichment; the record names the instance that made it. */
    @Test
    void versionAndPublisherAreKeptAndTheRecordNamesItsProducer() {
        ArticleSubmitted v2 = new ArticleSubmitted(1, "versioned-1", "Second take", "Markets rose in Tokyo.",
                "2025-10-28", "Test", null, null, null, Instant.parse("2025-10-28T03:00:00Z"), 2,
                Instant.parse("2025-10-28T03:00:00Z"), "api-key:wire");
        submit(v2);
        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrap)
                .await(Topics.ENRICHED, r -> "versioned-1".equals(r.key()), 1, Duration.ofSeconds(30));
        assertEquals(1, records.size());
        ArticleEnriched out = new ArticleEnrichedDeserializer().deserialize(Topics.ENRICHED,
                records.get(0).value().getBytes(StandardCharsets.UTF_8));
        assertEquals(2, out.version());
        assertEquals(v2.updatedAt(), out.updatedAt());
        assertEquals("api-key:wire", out.publisher());
        Header by = records.get(0).headers().lastHeader(Topics.ENRICHED_BY_HEADER);
        assertNotNull(by, "no " + Topics.ENRICHED_BY_HEADER + " header");
        assertEquals(instance.instanceId(), new String(by.value(), StandardCharsets.UTF_8));
    }

    @Test
    void poisonRecordIsDeadLetteredAndThePartitionKeepsFlowing() {
        TopicProbe probe = new TopicProbe(bootstrap);
        probe.send(Topics.SUBMITTED, "poison-1", "{not json".getBytes(StandardCharsets.UTF_8));
        probe.send(Topics.SUBMITTED, "poison-2", "{\"schema_version\":99,\"id\":\"poison-2\"}".getBytes(StandardCharsets.UTF_8));
        submit(article("after-poison", "Trade truce holds", "Markets rose after the two sides agreed to pause tariffs.", null));

        assertEquals("en", awaitEnriched("after-poison").language());
        List<ConsumerRecord<String, String>> dead = probe.await(DLQ,
                r -> r.key() != null && r.key().startsWith("poison-"), 2, Duration.ofSeconds(30));
        assertEquals(2, dead.size(), "both poison records are dead-lettered");
        for (ConsumerRecord<String, String> record : dead) {
            Header stage = record.headers().lastHeader("dead-letter-stage");
            assertNotNull(stage, "dead-letter-stage header");
            assertEquals("enrich", new String(stage.value(), java.nio.charset.StandardCharsets.UTF_8));
            Header reason = record.headers().lastHeader("dead-letter-reason");
            Header topic = record.headers().lastHeader("dead-letter-topic");
            assertNotNull(reason, "dead-letter-reason header");
            assertEquals(Topics.SUBMITTED, new String(topic.value(), StandardCharsets.UTF_8));
            assertTrue(record.headers().lastHeader("dead-letter-offset") != null);
        }
    }
}
