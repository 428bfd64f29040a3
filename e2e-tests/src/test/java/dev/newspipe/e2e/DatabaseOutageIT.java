package dev.newspipe.e2e;

import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.kafka.EventSerializer;
import dev.newspipe.infra.FreePorts;
import dev.newspipe.infra.LocalKafka;
import dev.newspipe.infra.PostgresServer;
import dev.newspipe.infra.ServiceProcess;
import dev.newspipe.infra.TopicProbe;
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
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * PostgreSQL stopped for 30 s while enriched articles keep arriving, then started again: store-service
 * retries instead of dead-lettering, catches up, and every article is stored exactly once. Real processes:
 * the packaged store-service, a KRaft broker, an embedded PostgreSQL that is really shut down.
 */
class DatabaseOutageIT {

    private static final int ARTICLES = 1_500;
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final String DATABASE = "newspipe";
    private static final String COUNT = "select count(*) from articles";

    @TempDir
    Path dir;

    @Test
    void storeCatchesUpAfterPostgresIsDownAndLosesNothing() throws Exception {
        Path root = Path.of(System.getProperty("newspipe.root", "..")).toAbsolutePath().normalize();
        Path pgData = dir.resolve("postgres");
        int pgPort = FreePorts.next();
        String title = "Database outage test";
        String body = "本文。".repeat(1_000);
        try (LocalKafka kafka = LocalKafka.start(dir.resolve("kafka"), FreePorts.next())) {
            kafka.createTopics(List.of(Topics.ENRICHED, Topics.DLQ_STORE), 3);
            PostgresServer pg = PostgresServer.embedded(pgData, pgPort);
            Map<String, String> storeEnv = new HashMap<>(pg.storeEnvironment(DATABASE));
            storeEnv.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            try (ServiceProcess store = ServiceProcess.start("store-service", root.resolve("store-service"),
                    FreePorts.next(), storeEnv,
                    dir.resolve("store-service.log"), List.of("-Xmx512m"));
                 KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                         ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                         ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
                store.awaitReady(Duration.ofSeconds(90));
                EventSerializer<ArticleEnriched> serializer = new EventSerializer<>();
                int sent = 0;

                // A third before the outage, stored as usual.
                sent = send(producer, serializer, title, body, sent, ARTICLES / 3);
                StoredRows.awaitCount(pg, DATABASE, COUNT, ARTICLES / 3, Duration.ofSeconds(60));

                // PostgreSQL goes away; articles keep coming.
                pg.close();
                long downAt = System.nanoTime();
                sent = send(producer, serializer, title, body, sent, ARTICLES / 3);
                // Not ready (no database), yet alive: an orchestrator should stop routing, not restart it.
                awaitStatus(store.baseUrl() + "/q/health/ready", 503, Duration.ofSeconds(20));
                assertEquals(200, status(store.baseUrl() + "/q/health/live"));
                Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - downAt) / 1_000_000));
                assertEquals(true, store.isAlive(), "store-service survived the outage:\n" + store.logTail(30));
                assertEquals(200, status(store.baseUrl() + "/q/health/live"), "liveness does not flap");

                // Back, and the last third arrives too.
                pg = PostgresServer.embedded(pgData, pgPort);
                long upAt = System.nanoTime();
                sent = send(producer, serializer, title, body, sent, ARTICLES - sent);
                long stored = StoredRows.awaitCount(pg, DATABASE, COUNT, ARTICLES, Duration.ofSeconds(120));
                double recovery = (System.nanoTime() - upAt) / 1e9;

                assertEquals(ARTICLES, stored, "every article is stored:\n" + store.logTail(30));
                assertEquals(ARTICLES, pg.scalar(DATABASE, "select count(distinct id) from articles"));
                assertEquals(0, new TopicProbe(kafka.bootstrapServers()).recordCount(Topics.DLQ_STORE),
                        "a database outage is not a reason to dead-letter");
                System.out.printf("database outage: %d articles sent, %d stored once each, 0 dead-lettered; "
                        + "PostgreSQL down %.0f s; all stored %.1f s after it came back%n",
                        sent, stored, OUTAGE.toSeconds() * 1.0, recovery);
            } finally {
                pg.close();
            }
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static int status(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void awaitStatus(String url, int expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = status(url);
            if (last == expected) {
                return;
            }
            Thread.sleep(250);
        }
        assertEquals(expected, last, url);
    }

    private static int send(KafkaProducer<String, byte[]> producer, EventSerializer<ArticleEnriched> serializer,
            String title, String body, int from, int count) throws Exception {
        for (int i = from; i < from + count; i++) {
            String id = "outage-" + i;
            producer.send(new ProducerRecord<>(Topics.ENRICHED, id, serializer.serialize(Topics.ENRICHED,
                    EnrichedArticles.sized(id, title + " " + i, body, i))));
        }
        producer.flush();
        return from + count;
    }
}
