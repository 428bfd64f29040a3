package dev.newspipe.infra;

import dev.newspipe.contract.DeadLetterHeaders;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks into a dead-letter topic and sends its records back where they came from, once the cause is fixed.
 * <pre>
 *   ./pipeline dead-letters list   enrich|store|TOPIC   what is there, with reason, cause and origin
 *   ./pipeline dead-letters replay enrich|store|TOPIC   re-publish each record, as it came, to its original topic
 * </pre>
 * Replay remembers how far it got (consumer group {@code newspipe-replay-<topic>}, committed after the broker
 * acknowledged the re-published records), so running it twice does not send a record twice; the stages are
 * idempotent by article id in any case. A record that fails again lands in the dead-letter topic again.
 */
public final class DeadLetters {

    private DeadLetters() {
    }

    public static void main(String[] args) {
        if (args.length != 2 || !List.of("list", "replay").contains(args[0])) {
            System.err.println("usage: ./pipeline dead-letters list|replay enrich|store|TOPIC");
            System.exit(2);
        }
        String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
        String topic = topicOf(args[1]);
        if (args[0].equals("list")) {
            list(bootstrap, topic, System.out);
        } else {
            int replayed = replay(bootstrap, topic);
            System.out.println("Replayed " + replayed + " record(s) from " + topic);
        }
    }

    /** enrich → news.articles.dlq.enrich; anything else is taken as a topic name. */
    static String topicOf(String stageOrTopic) {
        return switch (stageOrTopic) {
            case "enrich", "store" -> "news.articles.dlq." + stageOrTopic;
            default -> stageOrTopic;
        };
    }

    /** Prints every record of the topic, oldest first, without consuming it for anyone. */
    public static List<ConsumerRecord<byte[], byte[]>> list(String bootstrap, String topic, PrintStream out) {
        List<ConsumerRecord<byte[], byte[]>> all = new TopicProbe(bootstrap).readAll(topic);
        for (ConsumerRecord<byte[], byte[]> r : all) {
            out.printf("%s-%d@%d key=%s%n", r.topic(), r.partition(), r.offset(), text(r.key()));
            for (Header h : r.headers()) {
                if (h.key().startsWith("dead-letter-")) { // DeadLetterHeaders' names, and SmallRye's
                    out.printf("  %s: %s%n", h.key(), text(h.value()));
                }
            }
            String value = text(r.value());
            out.printf("  value (%d bytes): %s%n", r.value() == null ? 0 : r.value().length,
                    value.length() > 160 ? value.substring(0, 160) + "…" : value);
        }
        out.printf("%d record(s) in %s%n", all.size(), topic);
        return all;
    }

    /** Re-publishes what was not replayed before to each record's original topic; returns how many. */
    public static int replay(String bootstrap, String topic) {
        int[] sent = {0};
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap, "newspipe-replay-" + topic);
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                     ProducerConfig.ACKS_CONFIG, "all",
                     ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new ByteArraySerializer(), new ByteArraySerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(partitions));
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata at = committed.get(tp);
                if (at == null) {
                    consumer.seekToBeginning(List.of(tp));
                } else {
                    consumer.seek(tp, at.offset());
                }
            }
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            TopicProbe.readToEnd(consumer, ends, r -> {
                Header origin = r.headers().lastHeader(DeadLetterHeaders.TOPIC);
                if (origin == null) {
                    throw new IllegalStateException(r.topic() + "-" + r.partition() + "@" + r.offset()
                            + " has no " + DeadLetterHeaders.TOPIC + " header: not a dead letter of this pipeline");
                }
                producer.send(new ProducerRecord<>(text(origin.value()), r.key(), r.value()));
                done.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
                sent[0]++;
            });
            producer.flush(); // every send acknowledged (acks=all) before the offsets say so
            if (!done.isEmpty()) {
                consumer.commitSync(done);
            }
        }
        return sent[0];
    }

    /** The replay's consumer: its group remembers how far replay got; offsets only committed by hand. */
    private static KafkaConsumer<byte[], byte[]> consumer(String bootstrap, String group) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
