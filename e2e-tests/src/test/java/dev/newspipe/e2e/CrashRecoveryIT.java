package dev.newspipe.e2e;

import dev.newspipe.contract.Topics;
import dev.newspipe.infra.ApiCredentials;
import dev.newspipe.infra.FreePorts;
import dev.newspipe.infra.KafkaCluster;
import dev.newspipe.infra.PostgresServer;
import dev.newspipe.infra.ServiceProcess;
import dev.newspipe.infra.TopicProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 10,000 articles through the three services while each is killed with SIGKILL and started again in turn,
 * and the broker is restarted once. At the end every article ingest accepted (202) is in PostgreSQL exactly
 * once, each submitted record is exactly once on the enriched topic as a {@code read_committed} consumer reads
 * it (an article is submitted twice only when ingest was killed after publishing it but before answering), and
 * nothing was dead-lettered. Clients retry what was not accepted, with the
 * same id, as the API asks them to.
 */
class CrashRecoveryIT {

    private static final int ARTICLES = 10_000;
    private static final int CLIENTS = 4;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger rejectedAttempts = new AtomicInteger();
    private final ApiCredentials credentials = ApiCredentials.generate();

    @Test
    void everyAcceptedArticleIsStoredExactlyOnceThroughCrashes() throws Exception {
        Path root = Path.of(System.getProperty("newspipe.root", "..")).toAbsolutePath().normalize();
        // The broker in a process of its own, so that it can be killed as the services are.
        KafkaCluster kafka = KafkaCluster.start(dir.resolve("kafka"), 1);
        String bootstrap = kafka.bootstrapServers();
        kafka.createTopics(List.of(Topics.SUBMITTED, Topics.ENRICHED, Topics.DLQ_ENRICH, Topics.DLQ_STORE), 3);
        String database = "newspipe_crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        PostgresServer pg = PostgresServer.fromEnvironmentOrEmbedded(System.getenv(), dir.resolve("postgres"));
        // The publisher's limit far above what four clients send: this test is about crashes, not throttling.
        Map<String, String> common = Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                ApiCredentials.SERVICE_VARIABLE, credentials.apiKeysConfig(), "NEWSPIPE_RATE_LIMIT_PER_SECOND", "100000",
                "NEWSPIPE_RATE_LIMIT_BURST", "100000");
        Map<String, String> storeEnv = new HashMap<>(common);
        storeEnv.putAll(pg.storeEnvironment(database));
        Map<String, ServiceProcess> services = new HashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            services.put("store-service", start(root, "store-service", storeEnv));
            services.put("enrich-service", start(root, "enrich-service", common));
            services.put("ingest-service", start(root, "ingest-service", common));
            for (ServiceProcess s : services.values()) {
                s.awaitReady(Duration.ofSeconds(120));
            }
            String ingest = services.get("ingest-service").baseUrl() + "/articles";

            AtomicInteger next = new AtomicInteger();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < ARTICLES; i = next.getAndIncrement()) {
                        postUntilAccepted(ingest, i);
                    }
                    return null;
                }));
            }

            // The crashes, one at a time, while the clients post.
            long longestRecovery = 0;
            for (String victim : List.of("ingest-service", "enrich-service", "store-service")) {
                awaitAccepted(accepted.size() + ARTICLES / 5);
                long killedAt = System.nanoTime();
                services.get(victim).kill();
                ServiceProcess again = services.get(victim).startAgain();
                services.put(victim, again);
                again.awaitReady(Duration.ofSeconds(120));
                longestRecovery = Math.max(longestRecovery, (System.nanoTime() - killedAt) / 1_000_000);
            }
            awaitAccepted(accepted.size() + ARTICLES / 10);
            long brokerDownAt = System.nanoTime();
            kafka.kill(1);
            kafka.restart(1);
            int before = accepted.size();
            awaitAccepted(before + 1);
            longestRecovery = Math.max(longestRecovery, (System.nanoTime() - brokerDownAt) / 1_000_000);

            for (Future<?> client : running) {
                client.get(10, TimeUnit.MINUTES);
            }
            assertEquals(ARTICLES, accepted.size(), "every article was eventually accepted");

            long stored = StoredRows.awaitCount(pg, database, "select count(*) from articles where id like 'crash-%'",
                    accepted.size(), Duration.ofMinutes(5));
            Set<String> storedIds = StoredRows.ids(pg, database, "select id from articles");
            Set<String> missing = new HashSet<>(accepted);
            missing.removeAll(storedIds);
            assertTrue(missing.isEmpty(), missing.size() + " accepted articles are not stored, e.g. "
                    + missing.stream().limit(5).toList());
            assertEquals(accepted.size(), stored, "one row per article");

            TopicProbe topics = new TopicProbe(bootstrap);
            Map<String, Integer> onTopic = topics.recordsPerKey(Topics.ENRICHED);
            Set<String> notEnriched = new HashSet<>(accepted);
            notEnriched.removeAll(onTopic.keySet());
            assertTrue(notEnriched.isEmpty(), notEnriched.size() + " accepted articles are not on the enriched topic");
            long duplicates = onTopic.values().stream().mapToInt(n -> n - 1).sum();
            // An article ingest published but could not answer 202 for (SIGKILLed in between) is posted again by
            // its client and so submitted twice: ingest is at-least-once. enrich must add nothing to that: each
            // submitted record enriched exactly once.
            Map<String, Integer> submitted = topics.recordsPerKey(Topics.SUBMITTED);
            long submittedTwice = submitted.values().stream().mapToInt(n -> n - 1).sum();
            List<String> enrichedMoreOften = onTopic.entrySet().stream()
                    .filter(e -> e.getValue() > submitted.getOrDefault(e.getKey(), 0))
                    .map(e -> e.getKey() + " (enriched " + e.getValue() + ", submitted "
                            + submitted.getOrDefault(e.getKey(), 0) + ")").sorted().toList();
            TopicProbe probe = new TopicProbe(bootstrap);
            long deadLettered = probe.recordCount(Topics.DLQ_ENRICH) + probe.recordCount(Topics.DLQ_STORE);
            long inLog = probe.recordCount(Topics.ENRICHED);

            System.out.printf("crash recovery: %d articles sent, %d accepted (%d attempts answered otherwise and "
                    + "retried), %d stored once each; the enriched topic, read_committed, holds %d records: %d "
                    + "duplicates, as many as were submitted twice (%d), %d records enriched more often than submitted "
                    + "(its log's end offsets add up to %d, with aborted transactions and their markers); "
                    + "%d dead-lettered; longest recovery %.1f s%n", ARTICLES, accepted.size(), rejectedAttempts.get(),
                    stored, onTopic.values().stream().mapToInt(Integer::intValue).sum(), duplicates, submittedTwice,
                    enrichedMoreOften.size(), inLog, deadLettered, longestRecovery / 1000.0);
            assertEquals(0, deadLettered, "a crash is not a reason to dead-letter");
            // enrich writes in Kafka transactions: a read_committed consumer sees each submitted record enriched once.
            assertEquals(List.of(), enrichedMoreOften.stream().limit(10).toList(),
                    enrichedMoreOften.size() + " articles are on the enriched topic (read_committed) more often than "
                            + "they were submitted");
            assertEquals(submittedTwice, duplicates, "duplicates on the enriched topic beyond those submitted twice");
        } finally {
            clients.shutdownNow();
            services.values().forEach(ServiceProcess::close);
            kafka.close();
            pg.dropDatabase(database);
            pg.close();
        }
    }

    private ServiceProcess start(Path root, String name, Map<String, String> env) {
        return ServiceProcess.start(name, root.resolve(name), FreePorts.next(), env,
                dir.resolve("logs").resolve(name + ".log"), List.of("-Xmx512m"));
    }

    /** Posts article {@code i} until ingest answers 202: what a client that follows Retry-After does. */
    private void postUntilAccepted(String url, int i) throws InterruptedException {
        String id = "crash-" + i;
        String json = "{\"id\":\"" + id + "\",\"title\":\"Markets steady as talks resume, day " + i + "\","
                + "\"body\":\"Stocks in Tokyo and Frankfurt held their gains on Tuesday after officials said the "
                + "talks would resume next week. The yen weakened against the dollar. Story " + i + ".\","
                + "\"published_at\":\"2025-10-28\",\"source\":\"Crash Wire\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .header("Authorization", ApiCredentials.header(credentials.publisherKey()))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 202) {
                    accepted.add(id);
                    return;
                }
                if (response.statusCode() != 503) {
                    throw new AssertionError(id + " answered " + response.statusCode());
                }
            } catch (java.io.IOException down) {
                // ingest is being restarted
            }
            rejectedAttempts.incrementAndGet();
            Thread.sleep(200);
        }
        throw new AssertionError(id + " was never accepted");
    }

    private void awaitAccepted(int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (accepted.size() < Math.min(n, ARTICLES) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }
}
