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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A three-node KRaft cluster on this machine, every topic with three replicas and two needed in sync (the
 * internal offsets and transaction topics too), under the packaged services. Articles are posted at a steady
 * pace; a third of the way in, the broker that leads the most partitions is killed with SIGKILL, and two
 * thirds of the way in it is started again. Every article ingest answered 202 for is stored as posted, is on the
 * enriched topic as often as it was submitted and never more, and was applied once by the store ({@link DeliveryAudit}). A 503 (no acknowledgement within ingest's bound) is not an acceptance: the client
 * retries after Retry-After with the same id, as the API asks.
 */
class BrokerFailoverIT {

    private static final int ARTICLES = 2_000;
    /** 50 articles a second, as long as ingest keeps up: the failover happens under load, not between bursts. */
    private static final long PACE_MILLIS = 20;
    /** Clients posting at once: bounded, so that a slow ingest slows them down instead of drowning in retries. */
    private static final int CLIENTS = 8;
    private static final Duration GIVE_UP = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    private final ApiCredentials credentials = ApiCredentials.generate();
    /** Each accepted article as it was posted. */
    private final Map<String, DeliveryAudit.Expected> accepted = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final AtomicInteger firstAttempts = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicInteger failedAttempts = new AtomicInteger();
    private final Set<String> unexpected = ConcurrentHashMap.newKeySet();
    private final AtomicLong longestPostNanos = new AtomicLong();
    private final AtomicLong lastRefusalAt = new AtomicLong();

    @Test
    void noAcceptedArticleIsLostWhenTheBusiestBrokerIsKilled() throws Exception {
        Path root = Path.of(System.getProperty("newspipe.root", "..")).toAbsolutePath().normalize();
        String database = "newspipe_failover_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        PostgresServer pg = PostgresServer.fromEnvironmentOrEmbedded(System.getenv(), dir.resolve("postgres"));
        KafkaCluster kafka = KafkaCluster.start(dir.resolve("kafka"), 3);
        List<ServiceProcess> services = List.of();
        try {
            String bootstrap = kafka.bootstrapServers();
            kafka.createTopics(List.of(Topics.SUBMITTED, Topics.ENRICHED), 3);
            kafka.createTopics(List.of(Topics.DLQ_ENRICH, Topics.DLQ_STORE), 1);
            // The publisher's rate limit far above the test's pace: this test is about the broker, not throttling.
            services = PipelineStack.startServices(new PipelineStack.Options(root, dir, 0, FreePorts.next(),
                    FreePorts.next(), FreePorts.next(), 3, database, Map.of("NEWSPIPE_RATE_LIMIT_PER_SECOND", "100000",
                    "NEWSPIPE_RATE_LIMIT_BURST", "100000"), credentials),
                    Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap), pg);
            String ingest = services.stream().filter(s -> s.name().equals("ingest-service")).findFirst().orElseThrow()
                    .baseUrl() + "/articles";

            long postingStarted = System.nanoTime();
            // Progress in the test log: where the clients stand while the broker dies and comes back.
            progress.scheduleAtFixedRate(() -> System.out.printf("failover progress: %d posted, %d accepted, %d 503s, "
                    + "%d failed attempts%n", firstAttempts.get(), accepted.size(), unavailable.get(), failedAttempts.get()),
                    5, 5, TimeUnit.SECONDS);
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < ARTICLES; i = next.getAndIncrement()) {
                        long due = postingStarted + TimeUnit.MILLISECONDS.toNanos(i * PACE_MILLIS);
                        Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
                        firstAttempts.incrementAndGet();
                        postUntilAccepted(ingest, i);
                    }
                    return null;
                }));
            }

            awaitFirstAttempts(ARTICLES / 3);
            Map<Integer, Integer> leadersBefore = kafka.partitionLeadersByNode();
            int victim = leadersBefore.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            int quorumLeader = kafka.quorumLeader();
            long killedAt = System.nanoTime();
            kafka.kill(victim);
            long leadersMovedMillis = awaitLeadersAwayFrom(kafka, victim, killedAt);

            awaitFirstAttempts(2 * ARTICLES / 3);
            long restartAt = System.nanoTime();
            kafka.restart(victim);
            long restartMillis = millisSince(restartAt);
            long inSyncMillis = awaitFullyReplicated(kafka, restartAt);

            for (Future<?> client : running) {
                client.get(GIVE_UP.toMinutes() + 3, TimeUnit.MINUTES);
            }
            long postingMillis = millisSince(postingStarted);
            assertTrue(unexpected.isEmpty(), "ingest answered neither 202 nor 503: " + unexpected);
            assertEquals(ARTICLES, accepted.size(), "with two brokers of three alive, every article is eventually accepted");

            StoredRows.awaitCount(pg, database, "select count(*) from articles where id like 'failover-%'",
                    accepted.size(), Duration.ofMinutes(3));
            // Stored as posted, on the enriched topic once per submission and never more, every second delivery
            // recognised by the store as a duplicate.
            DeliveryAudit.Report audit = DeliveryAudit.assertHolds(bootstrap, pg, database, accepted.values(), true);

            TopicProbe probe = new TopicProbe(bootstrap);
            long deadLettered = probe.recordCount(Topics.DLQ_ENRICH) + probe.recordCount(Topics.DLQ_STORE);
            assertEquals(0, deadLettered, "losing a broker is not a reason to dead-letter");

            System.out.printf("broker failover: partition leaders per node before %s, quorum leader node %d; killed node %d "
                            + "(SIGKILL); its partitions had new leaders %.1f s later; ingest's last refusal: %s; "
                            + "restarted in %.1f s, back in every ISR %.1f s after the restart.%n"
                            + "  %d articles sent over %.1f s, %d accepted; %d attempts answered 503 and %d failed "
                            + "otherwise %s, all retried; %s; %d dead-lettered; longest POST %.1f s%n",
                    leadersBefore, quorumLeader, victim, leadersMovedMillis / 1000.0,
                    lastRefusalAt.get() == 0 ? "none"
                            : String.format("%.1f s after the kill", (lastRefusalAt.get() - killedAt) / 1e9),
                    restartMillis / 1000.0, inSyncMillis / 1000.0, ARTICLES, postingMillis / 1000.0, accepted.size(),
                    unavailable.get(), failedAttempts.get(), failures, audit, deadLettered,
                    longestPostNanos.get() / 1e9);
        } finally {
            progress.shutdownNow();
            clients.shutdownNow();
            for (int i = services.size() - 1; i >= 0; i--) {
                services.get(i).close();
            }
            kafka.close();
            PipelineStack.dropDatabases(pg, database);
            pg.close();
        }
    }

    /** Posts article {@code i} until ingest answers 202, waiting Retry-After after a 503: what a good client does. */
    private void postUntilAccepted(String url, int i) throws InterruptedException {
        String id = "failover-" + i;
        DeliveryAudit.Expected article = DeliveryAudit.Expected.posted(id, "Ports reopen after the storm, report " + i,
                "Container traffic in Rotterdam and Hamburg resumed on Wednesday after two days of closures. Shipping "
                        + "lines expect delays into next week. Report " + i + ".",
                "2025-10-29", "Failover Wire", null, null, "api-key:publisher");
        String json = "{\"id\":\"" + id + "\",\"title\":\"" + article.title() + "\",\"body\":\"" + article.body()
                + "\",\"published_at\":\"" + article.publishedAt() + "\",\"source\":\"" + article.source() + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .header("Authorization", ApiCredentials.header(credentials.publisherKey()))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        long giveUpAt = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < giveUpAt) {
            long sent = System.nanoTime();
            long retryAfterSeconds = 1;
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                longestPostNanos.accumulateAndGet(System.nanoTime() - sent, Math::max);
                if (response.statusCode() == 202) {
                    accepted.put(id, article);
                    return;
                }
                if (response.statusCode() != 503) {
                    unexpected.add(id + ": " + response.statusCode());
                    return;
                }
                unavailable.incrementAndGet();
                retryAfterSeconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
            } catch (IOException e) {
                longestPostNanos.accumulateAndGet(System.nanoTime() - sent, Math::max);
                failedAttempts.incrementAndGet();
                failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
            }
            lastRefusalAt.accumulateAndGet(System.nanoTime(), Math::max);
            Thread.sleep(retryAfterSeconds * 1000);
        }
    }

    private void awaitFirstAttempts(int n) throws InterruptedException {
        while (firstAttempts.get() < n) {
            Thread.sleep(20);
        }
    }

    /** Waits until no partition is led by {@code dead} or leaderless; the time from {@code since}, in ms. */
    private static long awaitLeadersAwayFrom(KafkaCluster kafka, int dead, long since) throws InterruptedException {
        long deadline = since + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Map<Integer, Integer> leaders = kafka.partitionLeadersByNode();
            if (!leaders.containsKey(dead) && !leaders.containsKey(-1)) {
                return millisSince(since);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("partitions still led by the dead node " + dead + " after 60 s: "
                + kafka.partitionLeadersByNode());
    }

    /** Waits until every partition has all its replicas in sync again; the time from {@code since}, in ms. */
    private static long awaitFullyReplicated(KafkaCluster kafka, long since) throws InterruptedException {
        long deadline = since + Duration.ofSeconds(90).toNanos();
        while (kafka.underReplicatedPartitions() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(kafka.underReplicatedPartitions() + " partitions under-replicated 90 s after "
                        + "the restart");
            }
            Thread.sleep(200);
        }
        return millisSince(since);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
