package dev.newspipe.e2e;

import dev.newspipe.contract.EventJson;
import dev.newspipe.e2e.OtlpTraceReceiver.ReceivedSpan;
import dev.newspipe.infra.FreePorts;
import dev.newspipe.infra.ApiCredentials;
import dev.newspipe.infra.PipelineStack;
import dev.newspipe.infra.PrometheusScrape;
import dev.newspipe.infra.ServiceProcess;
import dev.newspipe.infra.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One trace from the POST to the database insert, across the three packaged services: their spans are exported over
 * OTLP/HTTP (OTEL_EXPORTER_OTLP_ENDPOINT) to a receiver inside the test, which checks that the trace of the posted
 * article holds spans of all three services and that store-service's span around the article's insert descends from
 * ingest-service's POST span. Also reads each service's /q/metrics afterwards: the article was counted at each stage.
 */
class TracingIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path workDir;
    private static OtlpTraceReceiver receiver;
    private static PipelineStack stack;
    private static String database;

    @BeforeAll
    static void startPipeline() {
        receiver = new OtlpTraceReceiver();
        Path root = Path.of(System.getProperty("newspipe.root", "..")).toAbsolutePath().normalize();
        database = "newspipe_trace_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        stack = PipelineStack.start(new PipelineStack.Options(root, workDir, 0, FreePorts.next(), FreePorts.next(),
                FreePorts.next(), 3, database, System.getenv()),
                Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint(),
                        // The stages' per-article lines are at DEBUG.
                        "QUARKUS_LOG_CATEGORY__DEV_NEWSPIPE_ENRICH__LEVEL", "DEBUG",
                        "QUARKUS_LOG_CATEGORY__DEV_NEWSPIPE_STORE__LEVEL", "DEBUG"));
    }

    @AfterAll
    static void stopPipeline() {
        if (stack != null) {
            if (stack.infrastructure().postgres() != null) {
                stack.services().forEach(ServiceProcess::close);
                PipelineStack.dropDatabases(stack.infrastructure().postgres(), database);
            }
            stack.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void oneTraceRunsFromThePostToTheDatabaseInsert() throws Exception {
        String ingest = stack.service("ingest-service").baseUrl();
        String store = stack.service("store-service").baseUrl();
        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(URI.create(ingest + "/articles"))
                .header("Content-Type", "application/json")
                .header("Authorization", ApiCredentials.header(stack.credentials().publisherKey()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(SharedData.bytes(SharedData.SAMPLE_JA))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, accepted.statusCode(), accepted.body());
        String id = EventJson.MAPPER.readTree(accepted.body()).get("id").asText();
        awaitStored(store, id);

        // Spans are exported in batches (every 5 s by default): wait for the store's span of this article and
        // for its trace to reach back to ingest's root span.
        Optional<List<ReceivedSpan>> trace = Optional.empty();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            trace = completeTrace();
            if (trace.isPresent()) {
                break;
            }
            Thread.sleep(250);
        }
        assertTrue(trace.isPresent(), "no trace from ingest's POST to store's insert; received: " + receiver.spans());
        List<ReceivedSpan> spans = trace.get();
        Set<String> services = spans.stream().map(ReceivedSpan::service).collect(Collectors.toSet());
        assertEquals(Set.of("ingest-service", "enrich-service", "store-service"), services, spans.toString());
        assertEquals(1, spans.stream().map(ReceivedSpan::traceId).distinct().count());

        // The stages' log lines about the article carry its id and this trace's id (console format of the
        // observability module: "[trace=<id> article=<id>]").
        String traceId = spans.get(0).traceId();
        String tag = "[trace=" + traceId + " article=" + id + "]";
        for (String service : List.of("enrich-service", "store-service")) {
            String log = Files.readString(stack.service(service).logFile());
            assertTrue(log.lines().anyMatch(line -> line.contains(tag) && line.contains(id)),
                    service + " logged no line with " + tag + ":\n" + stack.service(service).logTail(30));
        }

        // Each stage counted the article.
        assertEquals(1.0, PrometheusScrape.fetch(ingest).sum("newspipe_articles_accepted_total"));
        assertEquals(1.0, PrometheusScrape.fetch(stack.service("enrich-service").baseUrl()).sum("newspipe_articles_enriched_total"));
        assertEquals(1.0, PrometheusScrape.fetch(store).sum("newspipe_articles_stored_total"));
    }

    /**
     * The spans of the trace that holds a store-service "store article" span whose chain of parents reaches a
     * root SERVER span of ingest-service named after POST: the span around the article's insert descends from the
     * POST. Empty until all of that has been received.
     */
    private Optional<List<ReceivedSpan>> completeTrace() {
        List<ReceivedSpan> all = receiver.spans();
        Map<String, ReceivedSpan> byId = all.stream()
                .collect(Collectors.toMap(ReceivedSpan::spanId, Function.identity(), (a, b) -> a, HashMap::new));
        for (ReceivedSpan insert : all) {
            if (!"store-service".equals(insert.service()) || !"store article".equals(insert.name())) {
                continue;
            }
            ReceivedSpan current = insert;
            while (current != null && !current.parentSpanId().isEmpty()) {
                current = byId.get(current.parentSpanId());
            }
            if (current != null && "ingest-service".equals(current.service()) && current.kind() == ReceivedSpan.SERVER
                    && current.name().startsWith("POST")) {
                String traceId = insert.traceId();
                return Optional.of(all.stream().filter(s -> s.traceId().equals(traceId)).toList());
            }
        }
        return Optional.empty();
    }

    private static void awaitStored(String store, String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (HTTP.send(HttpRequest.newBuilder(URI.create(store + "/articles/" + id))
                    .header("Authorization", ApiCredentials.header(stack.credentials().readerKey())).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("article " + id + " not stored within 60 s");
    }
}
