package dev.newspipe.infra;

import dev.newspipe.contract.DeadLetterHeaders;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dead letters listed with their reasons, replayed to their original topic once, on a real broker. */
class DeadLettersTest {

    @Test
    void listShowsWhyAndReplaySendsEachRecordBackOnce(@TempDir Path dir) throws Exception {
        try (LocalKafka kafka = LocalKafka.start(dir.resolve("kafka"), FreePorts.next())) {
            String bootstrap = kafka.bootstrapServers();
            String dlq = DeadLetters.topicOf("enrich");
            kafka.createTopics(List.of(dlq, "news.articles.submitted"), 2);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < 2; i++) {
                    // What the stages write: DeadLetterHeaders is the one builder, list and replay read its names.
                    Headers headers = DeadLetterHeaders.of("enrich", "unreadable " + i,
                            new SerializationException("unreadable " + i), "news.articles.submitted", 0, 40 + i, null);
                    producer.send(new ProducerRecord<>(dlq, null, "a-" + i, "{\"bad\":" + i + "}", headers)).get();
                }
            }

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            List<ConsumerRecord<byte[], byte[]>> listed = DeadLetters.list(bootstrap, dlq,
                    new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(2, listed.size());
            String printed = out.toString(StandardCharsets.UTF_8);
            assertTrue(printed.contains("dead-letter-reason: unreadable 0") && printed.contains("unreadable 1"), printed);
            assertTrue(printed.contains("dead-letter-topic: news.articles.submitted"), printed);

            assertEquals(2, DeadLetters.replay(bootstrap, dlq));
            List<ConsumerRecord<String, String>> back = new TopicProbe(bootstrap)
                    .await("news.articles.submitted", r -> r.key().startsWith("a-"), 2, Duration.ofSeconds(30));
            assertEquals(2, back.size());
            assertTrue(back.stream().anyMatch(r -> r.key().equals("a-1") && r.value().equals("{\"bad\":1}")));

            assertEquals(0, DeadLetters.replay(bootstrap, dlq), "a second replay sends nothing again");
            assertEquals(2, new TopicProbe(bootstrap).recordCount("news.articles.submitted"));
            assertEquals(2, DeadLetters.list(bootstrap, dlq, new PrintStream(new ByteArrayOutputStream())).size(),
                    "listing and replaying leave the dead letters where they are");
        }
    }
}
