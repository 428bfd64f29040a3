package dev.newspipe.e2e.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newspipe.contract.EventJson;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.kafka.EventSerializer;
import dev.newspipe.e2e.EnrichedArticles;
import dev.newspipe.e2e.StoredRows;
import dev.newspipe.infra.ApiCredentials;
import dev.newspipe.infra.FreePorts;
import dev.newspipe.infra.LocalKafka;
import dev.newspipe.infra.PipelineStack;
import dev.newspipe.infra.PostgresServer;
import dev.newspipe.infra.ServiceProcess;
import dev.newspipe.infra.SharedData;
import dev.newspipe.infra.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole pipeline against the limits of the machine it runs on, in one run, with articles the size of the sample:
 * <ol>
 *   <li>the machine's limits: a Kafka producer on the same broker (acks=all, idempotent: what
 *       {@code kafka-producer-perf-test} measures) and a bare PostgreSQL COPY of the same rows;</li>
 *   <li>each stage alone, the others stopped: ingest posting onto the topic, then enrich draining that backlog,
 *       then store draining the enriched backlog;</li>
 *   <li>the pipeline at maximum throughput: articles posted by concurrent clients as fast as ingest takes them,
 *       sustained rate from the first POST to the last row visible in PostgreSQL;</li>
 *   <li>the pipeline at fixed offered loads, a quarter and a half of the slowest stage's rate, open loop:
 *       p50/p95/p99 latency from POST to the row being visible to a reader.</li>
 * </ol>
 * Not part of {@code ./mvnw verify}; run it with
 * <pre>./mvnw -pl e2e-tests -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PipelineBenchmark</pre>
 * ({@code -Dbench.articles=N} per phase, default 3000; {@code -Dbench.load-seconds=S} per fixed load, default 30).
 * Figures go to the log and to {@code e2e-tests/target/benchmarks/pipeline.txt}; docs/benchmarks.md records them.
 * Visibility is polled every {@value #POLL_MS} ms, so latencies are measured to that resolution.
 */
class PipelineBenchmark {

    private static final int POLL_MS = 25;
    private static final int CLIENTS = 8;

    @TempDir
    Path workDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(CLIENTS)).build();
    private String title;
    private String body;
    private String ingestUrl;
    private String publisherKey;

    @Test
    void pipelineAgainstTheMachinesLimits() throws Exception {
        int n = Integer.getInteger("bench.articles", 3000);
        int loadSeconds = Integer.getInteger("bench.load-seconds", 30);
        Path root = Path.of(System.getProperty("newspipe.root", "..")).toAbsolutePath().normalize();
        JsonNode sample = EventJson.MAPPER.readTree(SharedData.bytes(SharedData.SAMPLE_JA));
        title = sample.get("title").asText();
        body = sample.get("body").asText();
        String database = "newspipe_pbench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        // The benchmark's one publisher key would otherwise be held to the default per-credential limit (100/s).
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("NEWSPIPE_RATE_LIMIT_PER_SECOND", "1000000");
        environment.put("NEWSPIPE_RATE_LIMIT_BURST", "1000000");
        PipelineStack stack = PipelineStack.start(new PipelineStack.Options(root, workDir, 0, FreePorts.next(),
                FreePorts.next(), FreePorts.next(), 3, database, environment));
        publisherKey = stack.credentials().publisherKey();
        List<ServiceProcess> started = new ArrayList<>(stack.services());
        PostgresServer pg = stack.infrastructure().postgres();
        StringBuilder report = new StringBuilder();
        Consumer<String> out = line -> {
            System.out.println(line);
            report.append(line).append('\n');
        };
        try {
            ingestUrl = stack.service("ingest-service").baseUrl() + "/articles";
            out.accept(String.format("newspipe pipeline benchmark: %d articles per phase, the sample's size (%d chars of body), "
                    + "3 partitions, every process on this machine (%d cores)", n, body.length(),
                    Runtime.getRuntime().availableProcessors()));

            // 1. The machine's limits.
            double producerRate = producerLimit(stack.kafkaBootstrapServers(), n * 4);
            List<byte[]> rows = new ArrayList<>();
            EventSerializer<dev.newspipe.contract.ArticleEnriched> serializer = new EventSerializer<>();
            for (int i = 0; i < n; i++) {
                rows.add(serializer.serialize(Topics.ENRICHED, EnrichedArticles.sized("copy-" + i, title, body, i)));
            }
            double copyRate = CopyBaseline.rowsPerSecond(pg, database, rows);
            out.accept(String.format("  limit  Kafka producer, acks=all, idempotent, %d records of %d B: %.0f records/s",
                    n * 4, submittedJson(0, "limit").length(), producerRate));
            out.accept(String.format("  limit  PostgreSQL COPY of %d enriched rows (id, title, body, jsonb event): %.0f rows/s",
                    n, copyRate));

            // 2. Each stage alone.
            ServiceProcess enrich = stack.service("enrich-service");
            ServiceProcess store = stack.service("store-service");
            enrich.close();
            store.close();
            long t0 = System.nanoTime();
            postAll("alone-", n);
            double ingestRate = n / seconds(t0);
            enrich = enrich.startAgain();
            started.add(enrich);
            List<ConsumerRecord<String, String>> enriched = new TopicProbe(stack.kafkaBootstrapServers())
                    .await(Topics.ENRICHED, r -> r.key().startsWith("alone-"), n, Duration.ofMinutes(10));
            assertEquals(n, enriched.size(), "every article enriched");
            double enrichRate = rate(enriched.stream().mapToLong(ConsumerRecord::timestamp).min().orElseThrow(),
                    enriched.stream().mapToLong(ConsumerRecord::timestamp).max().orElseThrow(), n);
            store = store.startAgain();
            started.add(store);
            assertEquals(n, StoredRows.awaitCount(pg, database, "select count(*) from articles where id like 'alone-%'", n,
                    Duration.ofMinutes(10)), "every article stored");
            double storeRate = n / storeWindowSeconds(pg, database, "alone-");
            double slowest = Math.min(ingestRate, Math.min(enrichRate, storeRate));
            out.accept(String.format("  alone  ingest %.0f/s (POST, %d clients), enrich %.0f/s (backlog drained), "
                    + "store %.0f/s (backlog drained); slowest %.0f/s", ingestRate, CLIENTS, enrichRate, storeRate, slowest));

            // 3. Maximum throughput, all stages running.
            Latencies max = new Latencies();
            try (Visibility visibility = new Visibility(pg, database, max)) {
                long start = System.nanoTime();
                postAll("max-", n, visibility);
                visibility.awaitAll(Duration.ofMinutes(10));
                double sustained = n / seconds(start);
                out.accept(String.format("  max    sustained %.0f articles/s POST→row = %.2f of the slowest stage alone, "
                                + "%.3f of the Kafka producer, %.2f of COPY; latency %s", sustained, sustained / slowest,
                        sustained / producerRate, sustained / copyRate, max));
                out.accept(String.format("         target ≥ 0.50 of the slowest stage alone: %s",
                        sustained / slowest >= 0.5 ? "met" : "NOT met"));
            }

            // 4. Fixed offered loads.
            for (double fraction : new double[]{0.25, 0.5}) {
                double offered = slowest * fraction;
                Latencies latencies = new Latencies();
                try (Visibility visibility = new Visibility(pg, database, latencies)) {
                    int sent = offer("load" + (int) (fraction * 100) + "-", offered, loadSeconds, visibility);
                    visibility.awaitAll(Duration.ofMinutes(5));
                    out.accept(String.format("  load   %.0f articles/s offered (%.2f of the slowest stage) for %d s, %d sent: "
                            + "latency POST→row %s", offered, fraction, loadSeconds, sent, latencies));
                    if (fraction == 0.25) {
                        out.accept(String.format("         target p99 ≤ 1 s at a quarter of the slowest stage: %s",
                                latencies.percentile(99) <= 1000 ? "met" : "NOT met"));
                    }
                }
            }
            out.accept("  PostgreSQL: " + pg.description());
            Path file = Path.of("target", "benchmarks", "pipeline.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
        } finally {
            for (ServiceProcess service : started) {
                service.close();
            }
            PipelineStack.dropDatabases(pg, database);
            stack.close();
        }
    }

    /** Records/s of an idempotent acks=all producer writing {@code count} submitted-sized records to a scratch topic. */
    private double producerLimit(String bootstrap, int count) throws Exception {
        LocalKafka.createTopics(bootstrap, List.of("bench.producer-limit"), 3, (short) 1);
        byte[] value = submittedJson(0, "limit").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new ByteArraySerializer())) {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>("bench.producer-limit", "limit-" + i, value));
            }
            producer.flush();
            return count / seconds(start);
        }
    }

    private void postAll(String prefix, int count) throws Exception {
        postAll(prefix, count, null);
    }

    /** Posts {@code count} articles from {@link #CLIENTS} concurrent clients, as fast as ingest answers. */
    private void postAll(String prefix, int count, Visibility visibility) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        String id = prefix + i;
                        long sentAt = System.nanoTime();
                        HttpResponse<String> response = http.send(request(id, i), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 202) {
                            throw new IllegalStateException("POST " + id + ": " + response.statusCode() + " " + response.body());
                        }
                        if (visibility != null) {
                            visibility.expect(id, sentAt);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /** Open loop: one POST every 1/rate s for {@code seconds}, whatever the answers' pace; returns how many were sent. */
    private int offer(String prefix, double rate, int seconds, Visibility visibility) throws Exception {
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
        int i = 0;
        for (long due = start; due < start + seconds * 1_000_000_000L; due += interval, i++) {
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            String id = prefix + i;
            visibility.expect(id, due);
            inFlight.add(http.sendAsync(request(id, i), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> f : inFlight) {
            int status = f.get().statusCode();
            if (status != 202) {
                throw new IllegalStateException("POST answered " + status + " under load");
            }
        }
        return i;
    }

    private HttpRequest request(String id, int i) {
        return HttpRequest.newBuilder(URI.create(ingestUrl))
                .header("Content-Type", "application/json")
                .header("Authorization", ApiCredentials.header(publisherKey))
                .POST(HttpRequest.BodyPublishers.ofString(submittedJson(i, id)))
                .build();
    }

    private String submittedJson(int i, String id) {
        ObjectNode article = EventJson.MAPPER.createObjectNode();
        article.put("id", id);
        article.put("title", title + " (" + i + ")");
        article.put("body", body);
        article.put("published_at", "2025-10-28");
        article.put("source", "Pipeline benchmark");
        return article.toString();
    }

    /** Seconds from the first to the last stored_at of the articles whose ids start with {@code prefix}. */
    private static double storeWindowSeconds(PostgresServer pg, String database, String prefix) throws Exception {
        try (Connection c = pg.connect(database); PreparedStatement s = c.prepareStatement(
                "select extract(epoch from max(stored_at) - min(stored_at)) from articles where id like ?")) {
            s.setString(1, prefix + "%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getDouble(1);
            }
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double rate(long firstMillis, long lastMillis, int count) {
        return (count - 1) / ((lastMillis - firstMillis) / 1000.0);
    }

    /** Latencies in milliseconds, and their percentiles. */
    static final class Latencies {
        private final List<Long> millis = Collections.synchronizedList(new ArrayList<>());

        void add(long ms) {
            millis.add(ms);
        }

        long percentile(int p) {
            List<Long> sorted;
            synchronized (millis) {
                sorted = new ArrayList<>(millis);
            }
            Collections.sort(sorted);
            return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }

        @Override
        public String toString() {
            return String.format("p50 %d ms, p95 %d ms, p99 %d ms, max %d ms (%d articles)", percentile(50), percentile(95),
                    percentile(99), percentile(100), millis.size());
        }
    }

    /**
     * Polls PostgreSQL for the articles still expected, as a reader would see them (committed rows), and records for
     * each the time from its POST to the first poll that found it.
     */
    static final class Visibility implements AutoCloseable {
        private final Map<String, Long> pending = new ConcurrentHashMap<>();
        private final Latencies latencies;
        private final Connection connection;
        private final Thread poller;
        private volatile boolean running = true;

        Visibility(PostgresServer pg, String database, Latencies latencies) throws Exception {
            this.latencies = latencies;
            this.connection = pg.connect(database);
            this.poller = new Thread(this::poll, "visibility-poller");
            poller.setDaemon(true);
            poller.start();
        }

        void expect(String id, long sentAtNanos) {
            pending.put(id, sentAtNanos);
        }

        void awaitAll(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!pending.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(POLL_MS);
            }
            if (!pending.isEmpty()) {
                throw new IllegalStateException(pending.size() + " articles not stored within " + timeout);
            }
        }

        private void poll() {
            try (PreparedStatement select = connection.prepareStatement("select id from articles where id = any(?)")) {
                while (running) {
                    if (!pending.isEmpty()) {
                        Array ids = connection.createArrayOf("text", pending.keySet().toArray());
                        select.setArray(1, ids);
                        long now = System.nanoTime();
                        try (ResultSet rs = select.executeQuery()) {
                            while (rs.next()) {
                                Long sentAt = pending.remove(rs.getString(1));
                                if (sentAt != null) {
                                    latencies.add((now - sentAt) / 1_000_000);
                                }
                            }
                        }
                    }
                    Thread.sleep(POLL_MS);
                }
            } catch (Exception e) {
                if (running) {
                    throw new IllegalStateException(e);
                }
            }
        }

        @Override
        public void close() throws Exception {
            running = false;
            poller.join(5_000);
            connection.close();
        }
    }
}
