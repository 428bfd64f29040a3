package dev.newspipe.store;

import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.kafka.EventSerializer;
import dev.newspipe.infra.PrometheusScrape;
import dev.newspipe.infra.QuarkusInfraResource;
import dev.newspipe.infra.TopicProbe;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Enriched records through the real broker into the real database move store-service's meters on /q/metrics:
 * stored, duplicates skipped, dead-lettered, the enriched-to-stored histogram and the consumer's lag per partition.
 */
@QuarkusTest
@WithTestResource(value = QuarkusInfraResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "postgres", value = "true"))
class StoreMetricsTest {

    private static final String STORED = "newspipe_articles_stored_total";
    private static final String SKIPPED = "newspipe_articles_duplicates_skipped_total";
    private static final String DEAD = "newspipe_articles_dead_lettered_total";
    private static final String LATENCY = "newspipe_articles_enriched_to_stored_seconds";
    private static final String LAG = "kafka_consumer_fetch_manager_records_lag";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static PrometheusScrape scrape() {
        return PrometheusScrape.parse(given().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    private static ArticleEnriched event(String id, Instant enrichedAt) {
        return new ArticleEnriched(1, id, "Trade truce holds", "Markets rose.", "2025-10-28", "Test",
                "https://example.com/" + id, null, null, "en", enrichedAt.minusSeconds(1), enrichedAt,
                List.of(), List.of(), List.of());
    }

    /**
     * With no OTLP endpoint configured (as in these tests) nothing is exported, yet each article still gets a trace:
     * the store's line about an article carries the article's id and a trace id in the logging MDC.
     */
    @Test
    void logLinesAboutAnArticleCarryItsIdAndATraceIdWithExportOff() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("dev.newspipe.store.messaging.StoreObservation");
        List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                ExtLogRecord ext = ExtLogRecord.wrap(record);
                ext.copyAll(); // the MDC as it was on the logging thread, not as it is when the test reads it
                records.add(ext);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level level = logger.getLevel();
        logger.setLevel(Level.FINE);
        logger.addHandler(capture);
        try {
            ArticleEnriched event = event("metrics-log-1", Instant.now());
            new TopicProbe(bootstrap).send(Topics.ENRICHED, event.id(),
                    new EventSerializer<ArticleEnriched>().serialize(Topics.ENRICHED, event));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> records.stream().anyMatch(r -> event.id().equals(r.getMdc("articleId"))));
            ExtLogRecord line = records.stream().filter(r -> event.id().equals(r.getMdc("articleId"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no log line with articleId " + event.id() + " in " + records));
            assertTrue(line.getMdc("traceId") != null && line.getMdc("traceId").matches("[0-9a-f]{32}"),
                    "trace id of " + line.getFormattedMessage() + ": " + line.getMdc("traceId"));
            assertTrue(line.getFormattedMessage().contains(event.id()));
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(level);
        }
    }

    @Test
    void storedDuplicateAndDeadLetteredRecordsAreCountedAndTimed() {
        PrometheusScrape before = scrape();
        TopicProbe probe = new TopicProbe(bootstrap);
        // Enriched 2 s ago: the histogram must see at least that.
        ArticleEnriched event = event("metrics-store-1", Instant.now().minusSeconds(2));
        byte[] bytes = new EventSerializer<ArticleEnriched>().serialize(Topics.ENRICHED, event);
        probe.send(Topics.ENRICHED, event.id(), bytes);
        PrometheusScrape stored = PrometheusScrape.await(StoreMetricsTest::scrape,
                s -> s.sum(STORED) > before.sum(STORED), Duration.ofSeconds(30));
        // The same event again: a redelivery, which changes nothing.
        probe.send(Topics.ENRICHED, event.id(), bytes);
        probe.send(Topics.ENRICHED, "metrics-store-poison", "{not json".getBytes(StandardCharsets.UTF_8));
        Map<String, String> store = Map.of("stage", "store");
        PrometheusScrape after = PrometheusScrape.await(StoreMetricsTest::scrape,
                s -> s.sum(SKIPPED) > stored.sum(SKIPPED) && s.sum(DEAD, store) > before.sum(DEAD, store)
                        && !s.find(LAG, Map.of("topic", Topics.ENRICHED)).isEmpty(), Duration.ofSeconds(30));

        assertEquals(1, after.sum(STORED) - before.sum(STORED));
        assertEquals(1, after.sum(SKIPPED) - before.sum(SKIPPED));
        assertEquals(1, after.sum(DEAD, store) - before.sum(DEAD, store));
        assertEquals(1, after.sum(LATENCY + "_count") - before.sum(LATENCY + "_count"), "only the written one is timed");
        assertTrue(after.sum(LATENCY + "_sum") - before.sum(LATENCY + "_sum") >= 2.0);
        assertFalse(after.find(LATENCY + "_bucket", Map.of()).isEmpty(), "percentile buckets are published");

        List<PrometheusScrape.Sample> lag = after.find(LAG, Map.of("topic", Topics.ENRICHED));
        assertFalse(lag.isEmpty(), "consumer lag of " + Topics.ENRICHED);
        assertTrue(lag.stream().allMatch(s -> s.labels().containsKey("partition")), lag.toString());
    }
}
