package dev.newspipe.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.EventJson;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.kafka.EventSerializer;
import dev.newspipe.infra.FreePorts;
import dev.newspipe.infra.LocalKafka;
import dev.newspipe.infra.PostgresServer;
import dev.newspipe.infra.PrometheusScrape;
import dev.newspipe.infra.ServiceProcess;
import dev.newspipe.infra.TopicProbe;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL really shut down for three minutes while enriched articles keep arriving, then started again on the same
 * data and port. store-service must ride it out as one process: liveness UP at every probe (once a second, as an
 * orchestrator would probe it, so that nothing restarts it), readiness DOWN while the database is away, its Kafka
 * consumers still the same members of their group afterwards (no rebalance, no re-join), nothing dead-lettered; and
 * once PostgreSQL is back every article is stored exactly once, as it was sent. Real processes: the packaged
 * store-service, a KRaft broker, an embedded PostgreSQL.
 */
class DatabaseOutageIT {

    /** Longer than any timeout between a record's arrival and its acknowledgement that could fail the channel. */
    private static final Duration OUTAGE = Duration.ofMinutes(3);
    private static final int BEFORE = 300;
    /** Articles keep arriving during the outage: a slice every {@link #SLICE_EVERY}. */
    private static final int SLICE = 100;
    private static final Duration SLICE_EVERY = Duration.ofSeconds(10);
    private static final int AFTER = 300;
    private static final String DATABASE = "newspipe";
    private static final String GROUP = "store-service";
    private static final String COUNT = "select count(*) from articles";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** What was sent, by article id: the record's value as it went to the topic. */
    private final Map<String, byte[]> sent = new LinkedHashMap<>();

    @Test
    void storeRidesOutAThreeMinuteDatabaseOutageAsOneProcessAndStoresEveryArticleOnce() throws Exception {
        Path root = Path.of(System.getProperty("newspipe.root", "..")).toAbsolutePath().normalize();
        Path pgData = dir.resolve("postgres");
        int pgPort = FreePorts.next();
        String body = "本文。".repeat(1_000);
        try (LocalKafka kafka = LocalKafka.start(dir.resolve("kafka"), FreePorts.next())) {
            kafka.createTopics(List.of(Topics.ENRICHED, Topics.DLQ_STORE), 3);
            PostgresServer pg = PostgresServer.embedded(pgData, pgPort);
            Map<String, String> storeEnv = new HashMap<>(pg.storeEnvironment(DATABASE));
            storeEnv.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            try (ServiceProcess store = ServiceProcess.start("store-service", root.resolve("store-service"),
                    FreePorts.next(), storeEnv, dir.resolve("store-service.log"), List.of("-Xmx512m"));
                 KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                         ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                         ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
                 Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                store.awaitReady(Duration.ofSeconds(90));
                long pid = store.pid();
                long started = System.nanoTime();
                try (HealthProbe live = HealthProbe.everySecond(store.baseUrl() + "/q/health/live", store::isAlive);
                     HealthProbe ready = HealthProbe.everySecond(store.baseUrl() + "/q/health/ready", store::isAlive)) {

                    send(producer, body, BEFORE);
                    assertEquals(BEFORE, StoredRows.awaitCount(pg, DATABASE, COUNT, BEFORE, Duration.ofSeconds(60)),
                            "stored before the outage:\n" + store.logTail(30));
                    Set<String> membersBefore = members(admin);

                    // PostgreSQL goes away for OUTAGE; articles keep arriving.
                    pg.close();
                    long downAt = System.nanoTime();
                    int slices = 0;
                    double consumedEarly = -1;
                    while (System.nanoTime() - downAt < OUTAGE.toNanos()) {
                        long due = downAt + SLICE_EVERY.toNanos() * slices;
                        Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
                        if (System.nanoTime() - downAt >= OUTAGE.toNanos()) {
                            break;
                        }
                        send(producer, body, SLICE);
                        slices++;
                        if (slices == 6) {
                            consumedEarly = recordsConsumed(store);
                        }
                        live.assertAllUp(downAt, () -> store.logTail(20)); // fails as soon as a probe was not UP
                    }
                    double consumedLate = recordsConsumed(store);
                    int sentDuringOutage = slices * SLICE;

                    long restartAt = System.nanoTime(); // the outage is over from here: probes after may see it back
                    pg = PostgresServer.embedded(pgData, pgPort);
                    long upAt = System.nanoTime();
                    send(producer, body, AFTER);
                    long stored = StoredRows.awaitCount(pg, DATABASE, COUNT, sent.size(), Duration.ofSeconds(120));
                    double catchUp = (System.nanoTime() - upAt) / 1e9;
                    live.assertAllUp(downAt, () -> store.logTail(20));
                    long readyAgainAt = ready.awaitUp(upAt, Duration.ofSeconds(60));
                    Set<String> membersAfter = members(admin);
                    PrometheusScrape metrics = PrometheusScrape.fetch(store.baseUrl());
                    // Two more probes each after the last article was stored, so that the catching up is covered too.
                    Thread.sleep(2_000);
                    live.close();
                    ready.close();

                    // One process throughout, alive at every probe, and liveness UP at every probe.
                    assertTrue(store.isAlive(), "store-service is still running:\n" + store.logTail(30));
                    assertEquals(pid, store.pid(), "the same process");
                    live.assertAllUp(downAt, () -> store.logTail(20));
                    List<HealthProbe.Answer> liveAnswers = live.answers();
                    assertTrue(liveAnswers.size() >= OUTAGE.toSeconds(), "liveness probed every second: "
                            + liveAnswers.size() + " probes");
                    assertTrue(live.between(downAt, restartAt).stream().anyMatch(a -> a.body().contains("waitingForDatabaseSince")),
                            "liveness said what the store was doing: waiting for the database");

                    // Readiness: DOWN during the outage (once noticed, and until PostgreSQL was back), UP again after.
                    List<HealthProbe.Answer> readyDuring = ready.between(downAt, restartAt);
                    int firstDown = indexOfFirst(readyDuring, false);
                    assertTrue(firstDown >= 0, "readiness went DOWN during the outage:\n"
                            + HealthProbe.describe(readyDuring, downAt, 10));
                    List<HealthProbe.Answer> upAgain = readyDuring.subList(firstDown, readyDuring.size()).stream()
                            .filter(HealthProbe.Answer::up).toList();
                    assertEquals(List.of(), upAgain.stream().map(a -> a.describe(downAt)).limit(5).toList(),
                            "readiness stayed DOWN until PostgreSQL was back");

                    // The consumers paused: nothing more was fetched in the outage's last two minutes although
                    // articles kept arriving; and none left or re-joined its group.
                    assertEquals(consumedEarly, consumedLate, "records fetched while the database was away, between "
                            + "the 6th slice and the end of the outage");
                    assertEquals(membersBefore, membersAfter, "the same consumers in group " + GROUP
                            + " before and after the outage (no rebalance)");

                    // Every article stored exactly once, as sent; nothing dead-lettered, nothing written twice.
                    assertEquals(sent.size(), stored, "every article is stored:\n" + store.logTail(30));
                    assertEquals(Map.of(), differences(pg), "stored articles that differ from what was sent");
                    assertEquals(0, new TopicProbe(kafka.bootstrapServers()).recordCount(Topics.DLQ_STORE),
                            "a database outage is not a reason to dead-letter");
                    assertEquals(sent.size(), metrics.sum("newspipe_articles_stored_total"), 0.0,
                            "each article written once");
                    assertEquals(0.0, metrics.sum("newspipe_articles_duplicates_skipped_total"), 0.0,
                            "no article delivered to the store twice");
                    // And the store's own count of writes: one per version, every article once on the topic.
                    DeliveryAudit.assertHolds(kafka.bootstrapServers(), pg, DATABASE, sent.values().stream()
                            .map(DatabaseOutageIT::enriched).map(DeliveryAudit.Expected::of).toList(), false);

                    System.out.printf("database outage: PostgreSQL down %.0f s; %d articles sent (%d before, %d during, "
                                    + "%d after), %d stored once each, as sent, 0 dead-lettered; all stored %.1f s after "
                                    + "PostgreSQL came back, readiness UP again after %.1f s; store-service pid %d "
                                    + "throughout, liveness UP at all %d probes (one a second over %.0f s), readiness "
                                    + "DOWN from %.0f s into the outage to its end (%d probes); records fetched during "
                                    + "the outage: %.0f by the 6th slice, %.0f at its end; group members %s before "
                                    + "and after%n",
                            (restartAt - downAt) / 1e9, sent.size(), BEFORE, sentDuringOutage, AFTER, stored, catchUp,
                            (readyAgainAt - upAt) / 1e9, pid, liveAnswers.size(), (System.nanoTime() - started) / 1e9,
                            (readyDuring.get(firstDown).at() - downAt) / 1e9, readyDuring.size() - firstDown,
                            consumedEarly, consumedLate, membersBefore.size());
                }
            } finally {
                pg.close();
            }
        }
    }

    /** Sends {@code count} more enriched articles (ids outage-N, N counting on) and waits for the broker's acks. */
    private void send(KafkaProducer<String, byte[]> producer, String body, int count) {
        EventSerializer<ArticleEnriched> serializer = new EventSerializer<>();
        int from = sent.size();
        for (int i = from; i < from + count; i++) {
            String id = "outage-" + i;
            byte[] value = serializer.serialize(Topics.ENRICHED,
                    EnrichedArticles.sized(id, "Database outage test " + i, body, i));
            sent.put(id, value);
            producer.send(new ProducerRecord<>(Topics.ENRICHED, id, value));
        }
        producer.flush();
    }

    private static ArticleEnriched enriched(byte[] value) {
        try {
            return EventJson.MAPPER.readValue(value, ArticleEnriched.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Ids of stored articles whose row (event, title, body) is not what was sent, with what differs. */
    private Map<String, String> differences(PostgresServer pg) throws Exception {
        Map<String, String> differences = new java.util.TreeMap<>();
        try (Connection c = pg.connect(DATABASE); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, title, body, event::text from articles")) {
            while (rs.next()) {
                String id = rs.getString(1);
                byte[] value = sent.get(id);
                if (value == null) {
                    differences.put(id, "never sent");
                    continue;
                }
                JsonNode expected = JSON.readTree(value);
                if (!expected.get("title").asText().equals(rs.getString(2))) {
                    differences.put(id, "title " + rs.getString(2));
                } else if (!expected.get("body").asText().equals(rs.getString(3))) {
                    differences.put(id, "body");
                } else if (!expected.equals(JSON.readTree(rs.getString(4)))) {
                    differences.put(id, "event " + rs.getString(4).substring(0, Math.min(200, rs.getString(4).length()))
                            + " vs sent " + new String(value, StandardCharsets.UTF_8).substring(0, 200));
                }
            }
        }
        return differences;
    }

    /** The member ids of the store's consumer group: a consumer that left or re-joined comes back under a new one. */
    private static Set<String> members(Admin admin) throws Exception {
        return admin.describeConsumerGroups(List.of(GROUP)).all().get().get(GROUP).members().stream()
                .map(MemberDescription::consumerId).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Records the store's Kafka consumers have fetched so far, over all their partitions. */
    private static double recordsConsumed(ServiceProcess store) {
        // Per consumer and topic (the client also reports the topic's name with dots made underscores: not summed).
        return PrometheusScrape.fetch(store.baseUrl()).sum("kafka_consumer_fetch_manager_records_consumed_total",
                Map.of("topic", Topics.ENRICHED));
    }

    private static int indexOfFirst(List<HealthProbe.Answer> answers, boolean up) {
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).up() == up) {
                return i;
            }
        }
        return -1;
    }
}
