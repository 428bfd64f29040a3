package dev.newspipe.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.EventJson;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.kafka.ArticleEnrichedDeserializer;
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
import java.util.UUID;

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
            stack.infrastructure().postgres().dropDatabase(database);
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

        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(URI.create(ingest + "/articles"))
                .header("Content-Type", "application/json")
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

        // And the store serves it.
        HttpResponse<String> stored = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            stored = HTTP.send(HttpRequest.newBuilder(URI.create(store + "/articles/" + id)).build(),
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
        for (String list : List.of("entities", "dates", "topics")) {
            assertTrue(article.get(list).isArray(), list + " is served");
        }
        assertTrue(article.hasNonNull("stored_at"));
    }
}
