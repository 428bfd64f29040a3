package dev.newspipe.enrich;

import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.kafka.EventSerializer;
import dev.newspipe.infra.QuarkusInfraResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exactly-once enrichment as downstream sees it, on a real broker: what a {@code read_committed} consumer finds
 * on the enriched and dead-letter topics, what a {@code read_uncommitted} one finds of aborted transactions, and
 * the consumer group's committed offsets.
 */
@QuarkusTest
@WithTestResource(value = QuarkusInfraResource.class, scope = TestResourceScope.GLOBAL)
class ExactlyOnceEnrichmentTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "mp.messaging.incoming.articles-submitted.group.id")
    String group;

    @Test
    void aBatchWithPoisonInBetweenGivesEachGoodRecordOnceAndEachPoisonOneDeadLetter() throws Exception {
        String run = "eo-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<String> good = new ArrayList<>();
        Map<String, byte[]> input = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            String id = run + i;
            if (i == 7) {
                input.put(id, "{not json".getBytes(StandardCharsets.UTF_8));
            } else if (i == 19) {
                input.put(id, ("{\"schema_version\":99,\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8));
            } else {
                good.add(id);
                input.put(id, article(id, i));
            }
        }
        Map<String, RecordMetadata> sent = sendAll(input);

        List<ConsumerRecord<byte[], byte[]>> enriched = awaitKeys(Topics.ENRICHED, "read_committed", run, good.size());
        assertEquals(good.stream().sorted().toList(), keys(enriched).stream().sorted().toList(),
                "each good record exactly once");
        for (List<String> partition : byPartition(enriched)) {
            assertEquals(good.stream().filter(partition::contains).toList(), partition,
                    "in the order it was submitted, on each partition of " + Topics.ENRICHED);
        }

        List<ConsumerRecord<byte[], byte[]>> dead = awaitKeys(Topics.DLQ_ENRICH, "read_committed", run, 2);
        assertEquals(List.of(run + 7, run + 19), keys(dead), "each poison record exactly once on the dead-letter topic");
        for (ConsumerRecord<byte[], byte[]> letter : dead) {
            String id = new String(letter.key(), StandardCharsets.UTF_8);
            assertArrayEquals(input.get(id), letter.value(), "the original bytes");
            assertEquals("enrich", header(letter, "dead-letter-stage"));
            assertEquals(Topics.SUBMITTED, header(letter, "dead-letter-topic"));
            assertEquals(Integer.toString(sent.get(id).partition()), header(letter, "dead-letter-partition"));
            assertEquals(Long.toString(sent.get(id).offset()), header(letter, "dead-letter-offset"));
            assertTrue(header(letter, "dead-letter-reason").contains("ArticleSubmitted"), header(letter, "dead-letter-reason"));
            // Unreadable JSON, and readable JSON of another version (a break of the contract, naming the field).
            assertEquals(id.equals(run + 7) ? "org.apache.kafka.common.errors.SerializationException"
                            : "dev.newspipe.contract.validation.ContractViolationException",
                    header(letter, "dead-letter-exception-class-name"));
        }

        assertOffsetsCommittedToTheEnd();
    }

    /**
     * The dead-letter topic refuses the batch's dead letter (its max.message.bytes is set below the record's size),
     * so every transaction for the batch fails after the good records were written, and is aborted. Those records
     * are on the log, but no read_committed consumer sees them; once the topic accepts the dead letter again, the
     * batch is read again and each record appears exactly once.
     */
    @Test
    void anAbortedTransactionIsInvisibleAndItsBatchIsEnrichedAgain() throws Exception {
        String run = "abort-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Map<String, byte[]> input = new LinkedHashMap<>();
        // Sent together by one producer to one partition, they are one record batch on the log, and so arrive in
        // one poll: each attempt writes the enriched records, then fails on the dead letter.
        input.put(run + "a", article(run + "a", 1));
        input.put(run + "b", article(run + "b", 2));
        input.put(run + "poison", ("{oops" + "x".repeat(500)).getBytes(StandardCharsets.UTF_8));

        try (Admin admin = admin()) {
            ensureTopic(admin, Topics.DLQ_ENRICH);
            ConfigResource dlq = new ConfigResource(ConfigResource.Type.TOPIC, Topics.DLQ_ENRICH);
            // Above the size of a transaction marker (~80 bytes), below that of any dead letter.
            setMaxMessageBytes(admin, dlq, new AlterConfigOp(
                    new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "256"), AlterConfigOp.OpType.SET));
            try {
                sendAll(input);
                // Both good records have been written by an attempt, which could not commit.
                awaitKeys(Topics.ENRICHED, "read_uncommitted", run, 2);
                assertEquals(List.of(), keys(readAll(Topics.ENRICHED, "read_committed", startsWith(run))),
                        "nothing of an aborted transaction is visible to read_committed consumers");
            } finally {
                setMaxMessageBytes(admin, dlq, new AlterConfigOp(
                        new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, ""), AlterConfigOp.OpType.DELETE));
            }
        }

        List<ConsumerRecord<byte[], byte[]>> enriched = awaitKeys(Topics.ENRICHED, "read_committed", run, 2);
        assertEquals(List.of(run + "a", run + "b"), keys(enriched), "each enriched exactly once, once the batch commits");
        assertEquals(List.of(run + "poison"), keys(awaitKeys(Topics.DLQ_ENRICH, "read_committed", run, 1)));
        long written = readAll(Topics.ENRICHED, "read_uncommitted", startsWith(run)).size();
        assertTrue(written > 2, "the log holds the aborted attempts too (" + written + " records), only the committed "
                + "one is seen");
        assertOffsetsCommittedToTheEnd();
    }

    private static byte[] article(String id, int i) {
        return new EventSerializer<ArticleSubmitted>().serialize(Topics.SUBMITTED, new ArticleSubmitted(1, id,
                "Markets steady as talks resume, day " + i,
                "Stocks in Tokyo and Frankfurt held their gains on Tuesday after officials said the talks would resume.",
                "2025-10-28", "Test", null, null, null, Instant.now()));
    }

    /** One producer for all, sent back to back and flushed together, so that they arrive in one poll if they can. */
    private Map<String, RecordMetadata> sendAll(Map<String, byte[]> records) throws Exception {
        Map<String, RecordMetadata> sent = new HashMap<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 50), new StringSerializer(), new ByteArraySerializer())) {
            Map<String, java.util.concurrent.Future<RecordMetadata>> pending = new LinkedHashMap<>();
            // One partition (the first), so that "in order" and "one batch" mean something whatever the topic's size.
            records.forEach((key, value) -> pending.put(key, producer.send(new ProducerRecord<>(Topics.SUBMITTED, 0, key, value))));
            producer.flush();
            for (var p : pending.entrySet()) {
                sent.put(p.getKey(), p.getValue().get());
            }
        }
        return sent;
    }

    private List<ConsumerRecord<byte[], byte[]>> awaitKeys(String topic, String isolation, String prefix, int count)
            throws InterruptedException {
        List<ConsumerRecord<byte[], byte[]>> found = awaitUntil(() -> readAll(topic, isolation, startsWith(prefix)),
                records -> records.size() >= count);
        assertTrue(found.size() >= count, "only " + found.size() + " of " + count + " records " + prefix + "* on "
                + topic + " (" + isolation + ") within " + WAIT);
        return found;
    }

    private void assertOffsetsCommittedToTheEnd() throws Exception {
        try (Admin admin = admin(); KafkaConsumer<byte[], byte[]> consumer = consumer("read_uncommitted")) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.SUBMITTED).stream()
                    .map(p -> new TopicPartition(Topics.SUBMITTED, p.partition())).toList();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> committed = awaitUntil(() -> committedOffsets(admin, partitions),
                    c -> c.equals(ends));
            assertEquals(ends, committed, "the group " + group + " has committed every record of " + Topics.SUBMITTED);
        }
    }

    private Map<TopicPartition, Long> committedOffsets(Admin admin, List<TopicPartition> partitions) {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, Long> result = new HashMap<>();
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata at = offsets.get(tp);
                result.put(tp, at == null ? 0L : at.offset());
            }
            return result;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T awaitUntil(Supplier<T> probe, Predicate<T> done) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        T value = probe.get();
        while (!done.test(value) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            value = probe.get();
        }
        return value;
    }

    /** Every record of the topic now, each partition oldest first, as a consumer with this isolation level sees it. */
    private List<ConsumerRecord<byte[], byte[]>> readAll(String topic, String isolation,
            Predicate<ConsumerRecord<byte[], byte[]>> match) {
        List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(isolation)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() < ends.get(new TopicPartition(r.topic(), r.partition())) && match.test(r)) {
                        all.add(r);
                    }
                }
            }
        }
        return all;
    }

    private KafkaConsumer<byte[], byte[]> consumer(String isolation) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    private static void ensureTopic(Admin admin, String topic) throws Exception {
        try {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private static void setMaxMessageBytes(Admin admin, ConfigResource topic, AlterConfigOp op) throws Exception {
        admin.incrementalAlterConfigs(Map.of(topic, List.of(op))).all().get();
    }

    private static Predicate<ConsumerRecord<byte[], byte[]>> startsWith(String prefix) {
        return r -> r.key() != null && new String(r.key(), StandardCharsets.UTF_8).startsWith(prefix);
    }

    private static List<String> keys(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList();
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertNotNull(header, name + " header");
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<List<String>> byPartition(List<ConsumerRecord<byte[], byte[]>> records) {
        Map<Integer, List<String>> partitions = new java.util.TreeMap<>();
        records.forEach(r -> partitions.computeIfAbsent(r.partition(), p -> new ArrayList<>())
                .add(new String(r.key(), StandardCharsets.UTF_8)));
        return List.copyOf(partitions.values());
    }
}
