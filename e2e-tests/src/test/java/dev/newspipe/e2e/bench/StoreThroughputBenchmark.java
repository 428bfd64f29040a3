package dev.newspipe.e2e.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.EventJson;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.kafka.EventSerializer;
import dev.newspipe.e2e.EnrichedArticles;
import dev.newspipe.e2e.StoredRows;
import dev.newspipe.infra.FreePorts;
import dev.newspipe.infra.Infrastructure;
import dev.newspipe.infra.LocalKafka;
import dev.newspipe.infra.PostgresServer;
import dev.newspipe.infra.ServiceProcess;
import dev.newspipe.infra.SharedData;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How fast store-service persists enriched articles from a pre-filled topic, next to a bare COPY of the
 * same articles into the same PostgreSQL. Not part of {@code ./mvnw verify}; run it with
 * <pre>./mvnw -pl e2e-tests -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=StoreThroughputBenchmark</pre>
 * ({@code -Dbench.articles=N}, default 20000). Figures go to the log and to
 * {@code e2e-tests/target/benchmarks/store-throughput.txt}; docs/benchmarks.md records them.
 */
class StoreThroughputBenchmark {

    @TempDir
    Path workDir;

    @Test
    void storeThroughputAgainstCopy() throws Exception {
        int n = Integer.getInteger("bench.articles", 20_000);
        Path root = Path.of(System.getProperty("newspipe.root", "..")).toAbsolutePath().normalize();
        JsonNode sample = EventJson.MAPPER.readTree(SharedData.bytes(SharedData.SAMPLE_JA));
        String title = sample.get("title").asText();
        String body = sample.get("body").asText();

        try (Infrastructure infra = Infrastructure.start(workDir, true)) {
            PostgresServer pg = infra.postgres();
            String database = "newspipe_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            Map<String, String> storeEnv = new HashMap<>(pg.storeEnvironment(database));
            storeEnv.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers());
            try {
                LocalKafka.createTopics(infra.kafkaBootstrapServers(), List.of(Topics.ENRICHED), 3, (short) 1);
                List<byte[]> values = new ArrayList<>(n);
                EventSerializer<ArticleEnriched> serializer = new EventSerializer<>();
                for (int i = 0; i < n; i++) {
                    values.add(serializer.serialize(Topics.ENRICHED, EnrichedArticles.sized("bench-" + i, title, body, i)));
                }
                long produceStart = System.nanoTime();
                prefill(infra.kafkaBootstrapServers(), values);
                double produceSeconds = (System.nanoTime() - produceStart) / 1e9;

                try (ServiceProcess store = ServiceProcess.start("store-service", root.resolve("store-service"),
                        FreePorts.next(), storeEnv,
                        workDir.resolve("store-service.log"), List.of("-Xmx512m"))) {
                    store.awaitReady(Duration.ofSeconds(90));
                    long stored = StoredRows.awaitCount(pg, database, "select count(*) from articles", n, Duration.ofMinutes(10));
                    assertEquals(n, stored, "every article stored once");
                }
                double[] storeWindow = storeWindow(pg, database);
                long mentions = pg.scalar(database, "select count(*) from mentions");
                double storeRate = n / storeWindow[0];
                double copyRate = CopyBaseline.rowsPerSecond(pg, database, values);

                String report = String.format("""
                        store-service throughput, %d enriched articles (%d B of JSON each, 30 mentions, %d mention rows in all)
                          prefill of the topic by one producer: %.1f s (%.0f records/s)
                          store-service, first to last stored_at: %.2f s -> %.0f articles/s
                          bare COPY of the same %d articles (id, title, body, jsonb event) into the same PostgreSQL: %.0f rows/s
                          store-service / COPY: %.2f
                          PostgreSQL: %s
                        """, n, values.get(0).length, mentions, produceSeconds, n / produceSeconds, storeWindow[0],
                        storeRate, n, copyRate, storeRate / copyRate, pg.description());
                System.out.println(report);
                Path out = Path.of("target", "benchmarks", "store-throughput.txt");
                Files.createDirectories(out.getParent());
                Files.writeString(out, report);
            } finally {
                pg.dropDatabase(database);
            }
        }
    }

    private static void prefill(String bootstrap, List<byte[]> values) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 262_144), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < values.size(); i++) {
                producer.send(new ProducerRecord<>(Topics.ENRICHED, "bench-" + i, values.get(i)));
            }
            producer.flush();
        }
    }

    /** Seconds between the first and the last article's stored_at. */
    private static double[] storeWindow(PostgresServer pg, String database) throws Exception {
        try (Connection c = pg.connect(database);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select extract(epoch from max(stored_at) - min(stored_at)) from articles")) {
            rs.next();
            return new double[]{rs.getDouble(1)};
        }
    }
}
