package dev.newspipe.e2e;

import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.kafka.EventSerializer;
import dev.newspipe.infra.FreePorts;
import dev.newspipe.infra.LocalKafka;
import dev.newspipe.infra.ServiceProcess;
import dev.newspipe.infra.TopicProbe;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two enrich-service instances in one consumer group: the submitted topic's partitions are split between them (each
 * owns some, none is owned twice, all are owned), both enrich (the enriched records themselves say so: each carries
 * the {@code newspipe-enriched-by} header of the instance that produced it, and both instances' names are there), and
 * every article is enriched exactly once as a read_committed consumer of the enriched topic sees it.
 */
class ScaleOutIT {

    private static final int PARTITIONS = 4;
    private static final int ARTICLES = 2_000;
    private static final String GROUP = "enrich-service";

    @TempDir
    Path dir;

    @Test
    void twoInstancesSplitThePartitionsAndEnrichEachArticleOnce() throws Exception {
        Path root = Path.of(System.getProperty("newspipe.root", "..")).toAbsolutePath().normalize();
        try (LocalKafka kafka = LocalKafka.start(dir.resolve("kafka"), FreePorts.next());
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            kafka.createTopics(List.of(Topics.SUBMITTED, Topics.ENRICHED), PARTITIONS);
            kafka.createTopics(List.of(Topics.DLQ_ENRICH), 1);
            List<ServiceProcess> instances = new ArrayList<>();
            try {
                for (String instance : List.of("enrich-a", "enrich-b")) {
                    Map<String, String> env = new HashMap<>(Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers()));
                    env.put(EnrichInstance.ENV, instance);
                    instances.add(ServiceProcess.start(instance, root.resolve("enrich-service"), FreePorts.next(), env,
                            dir.resolve(instance + ".log"), List.of("-Xmx512m")));
                }
                for (ServiceProcess instance : instances) {
                    instance.awaitReady(Duration.ofSeconds(120));
                }

                // Steady state: both members joined and the partitions assigned, before any article arrives.
                Map<String, Set<TopicPartition>> assignment = awaitAssignment(admin, 2, Duration.ofSeconds(90));
                Set<TopicPartition> owned = new HashSet<>();
                int total = 0;
                for (Set<TopicPartition> partitions : assignment.values()) {
                    assertFalse(partitions.isEmpty(), "each instance owns partitions: " + assignment);
                    owned.addAll(partitions);
                    total += partitions.size();
                }
                assertEquals(PARTITIONS, owned.size(), "every partition is owned: " + assignment);
                assertEquals(PARTITIONS, total, "no partition is owned twice: " + assignment);

                produce(kafka.bootstrapServers());
                List<ConsumerRecord<String, String>> enriched = new TopicProbe(kafka.bootstrapServers())
                        .await(Topics.ENRICHED, r -> true, ARTICLES, Duration.ofSeconds(240));
                assertEquals(ARTICLES, enriched.size(), "every article enriched");
                Map<String, Integer> perId = new TreeMap<>();
                Map<Integer, Integer> perPartition = new TreeMap<>();
                for (ConsumerRecord<String, String> record : enriched) {
                    perId.merge(record.key(), 1, Integer::sum);
                    perPartition.merge(record.partition(), 1, Integer::sum);
                }
                assertEquals(ARTICLES, perId.size(), "each article enriched once, none twice");
                // And nothing beyond them: the whole topic holds exactly one record per article.
                List<ConsumerRecord<byte[], byte[]>> all = new TopicProbe(kafka.bootstrapServers()).readAll(Topics.ENRICHED);
                assertEquals(ARTICLES, all.size(), "no article enriched twice (read_committed)");
                // Both enriched: each record names the instance that produced it (header newspipe-enriched-by).
                Map<String, Integer> perInstance = new TreeMap<>();
                for (ConsumerRecord<byte[], byte[]> record : all) {
                    Header by = record.headers().lastHeader(Topics.ENRICHED_BY_HEADER);
                    perInstance.merge(by == null ? "(no header)" : new String(by.value(), StandardCharsets.UTF_8), 1,
                            Integer::sum);
                }
                assertEquals(Set.of("enrich-a", "enrich-b"), perInstance.keySet(),
                        "records per producing instance: " + perInstance);
                for (ServiceProcess instance : instances) {
                    assertTrue(instance.isAlive(), instance.name() + " still running");
                }
                System.out.printf("scale-out: %d partitions split %s; %d articles enriched once each, per output partition "
                        + "%s, per producing instance %s%n", PARTITIONS, assignment, ARTICLES, perPartition, perInstance);
            } finally {
                for (ServiceProcess instance : instances) {
                    instance.close();
                }
            }
        }
    }

    /** Waits until the group has {@code members} members that all own partitions; returns member (consumer) id → partitions. */
    private static Map<String, Set<TopicPartition>> awaitAssignment(Admin admin, int members, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Set<TopicPartition>> assignment = Map.of();
        while (System.nanoTime() < deadline) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(GROUP)).all().get().get(GROUP);
            assignment = new TreeMap<>();
            for (MemberDescription member : group.members()) {
                Set<TopicPartition> partitions = new HashSet<>(member.assignment().topicPartitions());
                partitions.removeIf(tp -> !tp.topic().equals(Topics.SUBMITTED));
                assignment.put(member.consumerId(), partitions);
            }
            int assigned = assignment.values().stream().mapToInt(Set::size).sum();
            if (assignment.size() == members && assigned == PARTITIONS
                    && assignment.values().stream().noneMatch(Set::isEmpty)) {
                return assignment;
            }
            Thread.sleep(500);
        }
        return assignment;
    }

    private static void produce(String bootstrap) throws Exception {
        EventSerializer<ArticleSubmitted> serializer = new EventSerializer<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < ARTICLES; i++) {
                String id = "scale-" + i;
                ArticleSubmitted article = new ArticleSubmitted(ArticleSubmitted.SCHEMA_VERSION, id,
                        "Tokyo stocks close higher " + i,
                        "Shares in Tokyo rose on Tuesday as the Bank of Japan kept interest rates unchanged. Article " + i + ".",
                        "2025-11-04", "Scale-out test", null, null, "en", Instant.now());
                producer.send(new ProducerRecord<>(Topics.SUBMITTED, id, serializer.serialize(Topics.SUBMITTED, article)));
            }
            producer.flush();
        }
    }

    /** How an enrich-service instance is told its name (its Kafka transactional id is derived from it). */
    static final class EnrichInstance {
        static final String ENV = "ENRICH_INSTANCE_ID";
    }
}
