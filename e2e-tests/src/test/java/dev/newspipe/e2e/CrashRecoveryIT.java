package dev.newspipe.e2e;

import dev.newspipe.contract.Topics;
import dev.newspipe.infra.ApiCredentials;
import dev.newspipe.infra.FreePorts;
import dev.newspipe.infra.KafkaCluster;
import dev.newspipe.infra.PipelineStack;
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
 * and the broker is restarted once. At the end ({@link DeliveryAudit}) every article ingest accepted (202) is stored as
 * it was posted; each is on the enriched topic, as a {@code read_committed} consumer reads it, as often as it was
 * submitted (twice only when ingest was killed after publishing it but before answering, so that its client posted
 * it again) and never more; the store applied each once ({@code writes} 1), recognising every second delivery as a
 * duplicate; nothing else is stored and nothing was dead-lettered. Clients retry what was not accepted, with the
 * same id, as the API asks them to. At the end 100 accepted articles are posted again unchanged (so that every run
 * has versions submitted twice for the store to recognise) and 20 with a corrected title (their version 2).
 */
class CrashRecoveryIT {

    private static final int ARTICLES = 10_000;
    private static final int CLIENTS = 4;
    /** Accepted articles posted again, unchanged, at the end: each is then submitted (and enriched) twice. */
    private static final int RESENT = 100;
    /** Accepted articles posted again with a corrected title at the end: their version 2. */
    private static final int UPDATED = 20;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Each accepted article as it was posted. */
    private final Map<String, DeliveryAudit.Expected> accepted = new ConcurrentHashMap<>();
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
        Map<String, String> ingestEnv = new HashMap<>(common);
        ingestEnv.putAll(pg.datasourceEnvironment(PipelineStack.ingestDatabase(database)));
        Map<String, ServiceProcess> services = new HashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            services.put("store-service", start(root, "store-service", storeEnv));
            services.put("enrich-service", start(root, "enrich-service", common));
            services.put("ingest-service", start(root, "ingest-service", ingestEnv));
            for (ServiceProcess s : services.values()) {
                s.awaitReady(Duration.ofSeconds(120));
            }
            String ingest = services.get("ingest-service").baseUrl() + "/articles";

            AtomicInteger next = new AtomicInteger();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < ARTICLES; i = next.getAndIncrement()) {
                        postUntilAccepted(ingest, i, 1);
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
            // A client retrying what was already accepted, and a publisher correcting some of its articles: the
            // same version submitted twice in every run (whether or not a kill happened to cause it), and new versions.
            for (int i = 0; i < RESENT; i++) {
                postUntilAccepted(ingest, i, 1);
            }
            for (int i = RESENT; i < RESENT + UPDATED; i++) {
                postUntilAccepted(ingest, i, 2);
            }

            StoredRows.awaitCount(pg, database, "select count(*) from articles where id like 'crash-%'",
                    accepted.size(), Duration.ofMinutes(5));
            // Stored as posted, on the enriched topic once per submission and never more, and every second delivery
            // of an article recognised by the store as a duplicate (articles.writes stays 1).
            DeliveryAudit.Report audit = DeliveryAudit.assertHolds(bootstrap, pg, database, accepted.values(), true);
            Set<String> strays = StoredRows.ids(pg, database, "select id from articles");
            strays.removeAll(accepted.keySet());
            assertEquals(Set.of(), strays, "stored without being accepted");

            TopicProbe probe = new TopicProbe(bootstrap);
            Map<String, Integer> submitted = probe.recordsPerKey(Topics.SUBMITTED);
            long submittedTwice = submitted.values().stream().mapToInt(n -> n - 1).sum();
            long deadLettered = probe.recordCount(Topics.DLQ_ENRICH) + probe.recordCount(Topics.DLQ_STORE);
            long inLog = probe.recordCount(Topics.ENRICHED);

            System.out.printf("crash recovery: %d articles sent, %d accepted (%d attempts answered otherwise and "
                    + "retried); %s; %d records submitted a second time by ingest; the enriched topic's log end offsets "
                    + "add up to %d, with aborted transactions and their markers; %d dead-lettered; longest recovery "
                    + "%.1f s%n", ARTICLES, accepted.size(), rejectedAttempts.get(), audit, submittedTwice, inLog,
                    deadLettered, longestRecovery / 1000.0);
            assertEquals(0, deadLettered, "a crash is not a reason to dead-letter");
        } finally {
            clients.shutdownNow();
            services.values().forEach(ServiceProcess::close);
            kafka.close();
            PipelineStack.dropDatabases(pg, database);
            pg.close();
        }
    }

    private ServiceProcess start(Path root, String name, Map<String, String> env) {
        return ServiceProcess.start(name, root.resolve(name), FreePorts.next(), env,
                dir.resolve("logs").resolve(name + ".log"), List.of("-Xmx512m"));
    }

    /**
     * Posts article {@code i} until ingest answers 202 for it as {@code version}: what a client that follows
     * Retry-After does. Version 2 is version 1 with a corrected title.
     */
    private void postUntilAccepted(String url, int i, int version) throws InterruptedException {
        String id = "crash-" + i;
        DeliveryAudit.Expected article = new DeliveryAudit.Expected(id, version,
                "Markets steady as talks resume, day " + i + (version > 1 ? " (corrected)" : ""),
                "Stocks in Tokyo and Frankfurt held their gains on Tuesday after officials said the talks would resume "
                        + "next week. The yen weakened against the dollar. Story " + i + ".",
                "2025-10-28", "Crash Wire", null, null, "api-key:publisher");
        String json = "{\"id\":\"" + id + "\",\"title\":\"" + article.title() + "\",\"body\":\"" + article.body()
                + "\",\"published_at\":\"" + article.publishedAt() + "\",\"source\":\"" + article.source() + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .header("Authorization", ApiCredentials.header(credentials.publisherKey()))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 202) {
                    if (!response.body().contains("\"version\":" + version)) {
                        throw new AssertionError(id + " accepted as " + response.body() + ", not as version " + version);
                    }
                    accepted.put(id, article);
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
