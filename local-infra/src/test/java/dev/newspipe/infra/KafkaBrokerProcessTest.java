package dev.newspipe.infra;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A broker in its own process dies by SIGKILL and comes back on the same data with what it had acknowledged. */
class KafkaBrokerProcessTest {

    @Test
    void killedBrokerRestartsOnItsDataWithTheAcknowledgedRecords(@TempDir Path dir) throws Exception {
        try (KafkaCluster kafka = KafkaCluster.start(dir, 1)) {
            kafka.createTopics(List.of("survives"), 2);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < 100; i++) {
                    producer.send(new ProducerRecord<>("survives", "k" + i, "v" + i)).get();
                }
            }
            KafkaBrokerProcess before = kafka.node(1);
            assertTrue(ProcessHandle.of(before.pid()).isPresent(), "the broker is a process of its own");
            assertNotEquals(ProcessHandle.current().pid(), before.pid());

            kafka.kill(1);
            assertFalse(before.isAlive());
            assertTrue(ProcessHandle.of(before.pid()).filter(ProcessHandle::isAlive).isEmpty(), "SIGKILL ended it");

            kafka.restart(1);
            assertNotEquals(before.pid(), kafka.node(1).pid());
            var records = new TopicProbe(kafka.bootstrapServers()).readAll("survives");
            Set<String> keys = records.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8))
                    .collect(Collectors.toSet());
            assertEquals(IntStream.range(0, 100).mapToObj(i -> "k" + i).collect(Collectors.toSet()), keys,
                    "every acknowledged record is still there");
            assertEquals(100, records.size(), "and only once");
        }
    }
}
