package dev.newspipe.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.EntityTag;
import dev.newspipe.contract.EntityType;
import dev.newspipe.contract.EventJson;
import dev.newspipe.contract.Mention;
import dev.newspipe.contract.TextField;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.kafka.ArticleEnrichedDeserializer;
import dev.newspipe.infra.ApiCredentials;
import dev.newspipe.infra.FreePorts;
import dev.newspipe.infra.PipelineStack;
import dev.newspipe.infra.ServiceProcess;
import dev.newspipe.infra.SharedData;
import dev.newspipe.infra.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The three services as the processes users run (their packaged fast-jars), on a real broker and a
 * real PostgreSQL: the sample goes in over HTTP, comes out on the enriched topic and out of the store.
 */
class PipelineEndToEndIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path workDir;
    private static PipelineStack stack;
    private static String database;

    @BeforeAll
    static void startPipeline() {
        Path root = Path.of(System.getProperty("newspipe.root", "..")).toAbsolutePath().normalize();
        database = "newspipe_e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        stack = PipelineStack.start(new PipelineStack.Options(root, workDir, 0, FreePorts.next(), FreePorts.next(),
                FreePorts.next(), 3, database, System.getenv()));
    }

    @AfterAll
    static void stopPipeline() {
        if (stack == null) {
            return;
        }
        List<ServiceProcess> services = stack.services();
        if (stack.infrastructure().postgres() != null) {
            stack.services().forEach(ServiceProcess::close);
            PipelineStack.dropDatabases(stack.infrastructure().postgres(), database);
        }
        stack.close();
        for (ServiceProcess service : services) {
            assertFalse(service.isAlive(), service.name() + " is still running after stop");
        }
    }

    @Test
    void sampleGoesThroughIngestEnrichAndStore() throws Exception {
        byte[] sample = SharedData.bytes(SharedData.SAMPLE_JA);
        String ingest = stack.service("ingest-service").baseUrl();
        String store = stack.service("store-service").baseUrl();

        String publisher = ApiCredentials.header(stack.credentials().publisherKey());
        String reader = ApiCredentials.header(stack.credentials().readerKey());
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(ingest + "/articles"))
                .header("Content-Type", "application/json").header("Authorization", reader)
                .POST(HttpRequest.BodyPublishers.ofByteArray(sample)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, refused.statusCode(), "a reader may not post: " + refused.body());

        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(URI.create(ingest + "/articles"))
                .header("Content-Type", "application/json").header("Authorization", publisher)
                .POST(HttpRequest.BodyPublishers.ofByteArray(sample)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, accepted.statusCode(), accepted.body());
        String id = EventJson.MAPPER.readTree(accepted.body()).get("id").asText();
        assertTrue(accepted.headers().firstValue("Location").orElseThrow().endsWith("/articles/" + id));

        // A plain Kafka consumer, as a downstream team would use, sees the enriched article.
        List<ConsumerRecord<String, String>> enriched = new TopicProbe(stack.kafkaBootstrapServers())
                .await(Topics.ENRICHED, r -> id.equals(r.key()), 1, Duration.ofSeconds(60));
        assertEquals(1, enriched.size(), "enriched record for " + id);
        ArticleEnriched event = new ArticleEnrichedDeserializer()
                .deserialize(Topics.ENRICHED, enriched.get(0).value().getBytes(StandardCharsets.UTF_8));
        assertEquals("ja", event.language());
        JsonNode original = EventJson.MAPPER.readTree(sample);
        assertEquals(original.get("title").asText(), event.title());
        assertEquals(original.get("body").asText(), event.body());
        assertSampleIsTagged(event);

        // And the store serves it.
        HttpResponse<String> stored = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            stored = HTTP.send(HttpRequest.newBuilder(URI.create(store + "/articles/" + id))
                            .header("Authorization", reader).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (stored.statusCode() == 200) {
                break;
            }
            Thread.sleep(200);
        }
        assertEquals(200, stored.statusCode(), stored.body());
        JsonNode article = EventJson.MAPPER.readTree(stored.body());
        assertEquals(id, article.get("id").asText());
        assertEquals("ja", article.get("language").asText());
        assertEquals("2025-10-28", article.get("published_at").asText());
        assertEquals(original.get("title").asText(), article.get("title").asText());
        assertEquals(event.entities().size(), article.get("entities").size(), "every entity is stored");
        assertEquals(event.dates().size(), article.get("dates").size(), "every date is stored");
        assertEquals(event.topics().size(), article.get("topics").size(), "every topic is stored");
        assertTrue(article.hasNonNull("stored_at"));

        // The tags became rows: the entity query finds the article by the key the enricher gave Trump.
        HttpResponse<String> byEntity = HTTP.send(HttpRequest.newBuilder(
                URI.create(store + "/articles?entity=Donald%20Trump&topic=medtop:04000000"))
                        .header("Authorization", reader).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, byEntity.statusCode(), byEntity.body());
        assertTrue(byEntity.body().contains(id), byEntity.body());

        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(store + "/articles/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode(), "no credential, no article: " + anonymous.body());
        HttpResponse<String> bearer = HTTP.send(HttpRequest.newBuilder(URI.create(store + "/articles/" + id))
                .header("Authorization", "Bearer e30.e30.e30").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, bearer.statusCode(), "JWT is off unless configured: " + bearer.body());
    }

    /**
     * What the Asia Times sample must carry out of the enricher: Trump's two spellings grouped under one
     * person with a language-independent key, the dates of the talks resolved against published_at, and the
     * economy top-level topic; and every mention's offsets point at its text.
     */
    private static void assertSampleIsTagged(ArticleEnriched event) {
        EntityTag trump = event.entities().stream()
                .filter(e -> e.type() == EntityType.PERSON && "Donald Trump".equals(e.canonical()))
                .findFirst().orElseThrow(() -> new AssertionError("no Donald Trump in " + event.entities()));
        assertEquals("donald-trump", trump.key());
        Set<String> surfaces = trump.mentions().stream().map(Mention::text).collect(Collectors.toSet());
        assertTrue(surfaces.containsAll(Set.of("トランプ", "ドナルド・トランプ")), surfaces.toString());
        assertTrue(event.entities().stream().anyMatch(e -> e.type() == EntityType.LOCATION && "CN".equals(e.key())),
                "China by its ISO code");
        for (EntityTag entity : event.entities()) {
            for (Mention m : entity.mentions()) {
                String field = m.field() == TextField.TITLE ? event.title() : event.body();
                assertEquals(m.text(), field.substring(m.start(), m.end()), "offsets of " + m);
            }
        }
        assertTrue(event.dates().stream().anyMatch(d -> d.text().equals("10月26日") && d.value().equals("2025-10-26")),
                event.dates().toString());
        assertTrue(event.topics().stream().anyMatch(t -> t.code().equals("medtop:04000000")),
                event.topics().toString());
    }
}
