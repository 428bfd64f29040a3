package dev.newspipe.infra;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The infrastructure the other tests stand on: a record makes the round trip, and SQL runs. */
class LocalInfrastructureTest {

    @Test
    void brokerAcknowledgesAndDeliversAndPostgresAnswers(@TempDir Path dir) throws Exception {
        try (Infrastructure infra = Infrastructure.start(dir, true)) {
            String bootstrap = infra.kafkaBootstrapServers();
            LocalKafka.createTopics(bootstrap, List.of("smoke"), 2, (short) 1);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("smoke", "k", "v")).get();
            }
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.GROUP_ID_CONFIG, "smoke",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("smoke"));
                ConsumerRecords<String, String> records = ConsumerRecords.empty();
                long deadline = System.currentTimeMillis() + 30_000;
                while (records.isEmpty() && System.currentTimeMillis() < deadline) {
                    records = consumer.poll(Duration.ofMillis(500));
                }
                assertEquals(1, records.count());
                assertEquals("v", records.iterator().next().value());
            }

            assertAnswersSql(infra.postgres());
        }
    }

    /** CI points PG* at the machine's server; the embedded fallback must keep working all the same. */
    @Test
    void embeddedPostgresStartsAndAnswers(@TempDir Path dir) throws Exception {
        try (PostgresServer pg = PostgresServer.embedded(dir.resolve("pg"))) {
            assertTrue(pg.description().startsWith("embedded PostgreSQL"));
            assertAnswersSql(pg);
        }
    }

    private static void assertAnswersSql(PostgresServer pg) throws Exception {
        pg.ensureDatabase("infra_smoke");
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl("infra_smoke"), pg.user(), pg.password());
             ResultSet rs = c.createStatement().executeQuery("select current_database(), version()")) {
            assertTrue(rs.next());
            assertEquals("infra_smoke", rs.getString(1));
            assertTrue(rs.getString(2).startsWith("PostgreSQL"));
        } finally {
            pg.dropDatabase("infra_smoke");
        }
    }
}
