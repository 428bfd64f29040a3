package dev.newspipe.e2e;

import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.kafka.EventSerializer;
import dev.newspipe.infra.FreePorts;
import dev.newspipe.infra.KafkaCluster;
import dev.newspipe.infra.ServiceProcess;
import dev.newspipe.infra.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The only broker killed with SIGKILL while enrich-service is enriching, kept away for 90 s (longer than the Kafka
 * clients' 60 s timeouts: max.block.ms, default.api.timeout.ms) and started again on its data. enrich-service must
 * ride it out as one process: liveness UP at every probe (once a second), readiness DOWN while the broker is away; and
 * afterwards every submitted article is on the enriched topic exactly once for a read_committed consumer, none
 * dead-lettered. Real processes: the packaged enrich-service and a KRaft broker in a JVM of its own.
 */
class BrokerOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(90);
    private static final int BEFORE = 1_000;
    /** Sent right before the kill, so that the broker dies while enrich-service is working on them. */
    private static final int AT_THE_KILL = 1_000;
    private static final int AFTER = 500;

    @TempDir
    Path dir;

    private final List<String> submitted = new ArrayList<>();

    @Test
    void enrichRidesOutTheBrokerBeingAwayAsOneProcessAndEnrichesEachArticleOnce() throws Exception {
        Path root = Path.of(System.getProperty("newspipe.root", "..")).toAbsolutePath().normalize();
        // The broker in a process of its own, so that it can be killed.
        KafkaCluster kafka = KafkaCluster.start(dir.resolve("kafka"), 1);
        ServiceProcess enrich = null;
        try {
            String bootstrap = kafka.bootstrapServers();
            kafka.createTopics(List.of(Topics.SUBMITTED, Topics.ENRICHED), 3);
            kafka.createTopics(List.of(Topics.DLQ_ENRICH), 1);
            enrich = ServiceProcess.start("enrich-service", root.resolve("enrich-service"), FreePorts.next(),
                    Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap, ScaleOutIT.EnrichInstance.ENV, "enrich-outage"),
                    dir.resolve("enrich-service.log"), List.of("-Xmx512m"));
            enrich.awaitReady(Duration.ofSeconds(120));
            long pid = enrich.pid();
            ServiceProcess service = enrich;
            TopicProbe topics = new TopicProbe(bootstrap);
            try (HealthProbe live = HealthProbe.everySecond(enrich.baseUrl() + "/q/health/live", service::isAlive);
                 HealthProbe ready = HealthProbe.everySecond(enrich.baseUrl() + "/q/health/ready", service::isAlive)) {
                submit(bootstrap, BEFORE);
                assertEquals(BEFORE, topics.await(Topics.ENRICHED, r -> true, BEFORE, Duration.ofSeconds(120)).size(),
                        "enriched before the outage:\n" + enrich.logTail(30));

                submit(bootstrap, AT_THE_KILL);
                kafka.kill(1);
                long downAt = System.nanoTime();
                Thread.sleep(OUTAGE.toMillis());
                live.assertAllUp(downAt, () -> service.logTail(40));
                kafka.restart(1);
                long upAt = System.nanoTime();
                submit(bootstrap, AFTER);

                // Waits for the catching up, and fails as soon as a probe was not UP (the process gone, say).
                List<ConsumerRecord<String, String>> enriched = List.of();
                long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
                while (enriched.size() < submitted.size() && System.nanoTime() < deadline) {
                    live.assertAllUp(downAt, () -> service.logTail(40));
                    enriched = topics.await(Topics.ENRICHED, r -> true, submitted.size(), Duration.ofSeconds(10));
                }
                double catchUp = (System.nanoTime() - upAt) / 1e9;
                ready.awaitUp(upAt, Duration.ofSeconds(60));
                Thread.sleep(2_000);
                live.close();
                ready.close();

                assertTrue(enrich.isAlive(), "enrich-service is still running:\n" + enrich.logTail(30));
                assertEquals(pid, enrich.pid(), "the same process");
                live.assertAllUp(downAt, () -> service.logTail(40));
                assertTrue(live.answers().size() >= OUTAGE.toSeconds(), "liveness probed every second");
                List<HealthProbe.Answer> readyDuring = ready.between(downAt, upAt);
                assertTrue(readyDuring.stream().anyMatch(a -> !a.up()), "readiness went DOWN while the broker was away:\n"
                        + HealthProbe.describe(readyDuring, downAt, 10));

                // Exactly once, read_committed: every submitted article, none twice, nothing else.
                Map<String, Integer> perId = new TreeMap<>();
                for (ConsumerRecord<byte[], byte[]> r : topics.readAll(Topics.ENRICHED)) {
                    perId.merge(new String(r.key(), StandardCharsets.UTF_8), 1, Integer::sum);
                }
                List<String> missing = submitted.stream().filter(id -> !perId.containsKey(id)).toList();
                List<String> twice = perId.entrySet().stream().filter(e -> e.getValue() > 1)
                        .map(e -> e.getKey() + " ×" + e.getValue()).toList();
                assertEquals(List.of(), missing.stream().limit(10).toList(), missing.size() + " articles not enriched");
                assertEquals(List.of(), twice.stream().limit(10).toList(), twice.size() + " articles enriched twice");
                assertEquals(submitted.size(), perId.size(), "nothing else on the enriched topic");
                assertEquals(0, topics.readAll(Topics.DLQ_ENRICH).size(), "a broker outage is not a reason to dead-letter");

                System.out.printf("broker outage: the only broker SIGKILLed with %d articles just submitted, away %.0f s, "
                                + "restarted; %d articles submitted in all, each once on the enriched topic "
                                + "(read_committed, %d records in its log), 0 dead-lettered; all enriched %.1f s after "
                                + "the restart; enrich-service pid %d throughout, liveness UP at all %d probes, "
                                + "readiness DOWN at %d of %d probes while the broker was away%n",
                        AT_THE_KILL, (upAt - downAt) / 1e9, submitted.size(), topics.recordCount(Topics.ENRICHED),
                        catchUp, pid, live.answers().size(), readyDuring.stream().filter(a -> !a.up()).count(),
                        readyDuring.size());
                assertEquals(submitted.size(), enriched.size(), "every article enriched");
            }
        } finally {
            if (enrich != null) {
                enrich.close();
            }
            kafka.close();
        }
    }

    /** Submits {@code count} more articles (ids broker-outage-N) and waits for the broker's acknowledgements. */
    private void submit(String bootstrap, int count) {
        EventSerializer<ArticleSubmitted> serializer = new EventSerializer<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            int from = submitted.size();
            for (int i = from; i < from + count; i++) {
                String id = "broker-outage-" + i;
                ArticleSubmitted article = new ArticleSubmitted(ArticleSubmitted.SCHEMA_VERSION, id,
                        "Tokyo stocks close higher " + i,
                        "Shares in Tokyo rose on Tuesday as the Bank of Japan kept interest rates unchanged. Article " + i + ".",
                        "2025-11-04", "Broker outage test", null, null, "en", Instant.now());
                producer.send(new ProducerRecord<>(Topics.SUBMITTED, id, serializer.serialize(Topics.SUBMITTED, article)));
                submitted.add(id);
            }
            producer.flush();
        }
    }
}
