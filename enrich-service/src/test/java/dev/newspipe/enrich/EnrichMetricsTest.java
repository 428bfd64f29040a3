package dev.newspipe.enrich;

import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.kafka.EventSerializer;
import dev.newspipe.infra.PrometheusScrape;
import dev.newspipe.infra.QuarkusInfraResource;
import dev.newspipe.infra.TopicProbe;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Records through the real broker move enrich-service's meters on /q/metrics: enriched, dead-lettered by stage, the
 * ingest-to-enriched histogram, and the consumer's lag per topic and partition.
 */
@QuarkusTest
@WithTestResource(value = QuarkusInfraResource.class, scope = TestResourceScope.GLOBAL)
class EnrichMetricsTest {

    private static final String LAG = "kafka_consumer_fetch_manager_records_lag";
    private static final String DEAD = "newspipe_articles_dead_lettered_total";
    private static final String LATENCY = "newspipe_articles_ingest_to_enriched_seconds";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static PrometheusScrape scrape() {
        return PrometheusScrape.parse(given().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    @Test
    void enrichedAndDeadLetteredRecordsAreCountedAndTimed() {
        PrometheusScrape before = scrape();
        TopicProbe probe = new TopicProbe(bootstrap);
        ArticleSubmitted article = new ArticleSubmitted(1, "metrics-enrich-1", "Trade truce holds",
                "Markets rose after the two sides agreed to pause tariffs.", "2025-10-28", "Test", null, null, null,
                Instant.now().minusSeconds(2));
        probe.send(Topics.SUBMITTED, article.id(), new EventSerializer<ArticleSubmitted>().serialize(Topics.SUBMITTED, article));
        probe.send(Topics.SUBMITTED, "metrics-poison", "{not json".getBytes(StandardCharsets.UTF_8));

        probe.await(Topics.ENRICHED, r -> article.id().equals(r.key()), 1, Duration.ofSeconds(30));
        probe.await(Topics.DLQ_ENRICH, r -> "metrics-poison".equals(r.key()), 1, Duration.ofSeconds(30));
        // The dead letter is counted on the broker's acknowledgement, which the probe may see first; a partition's
        // lag is bound at the next refresh of client metrics.
        Map<String, String> enrich = Map.of("stage", "enrich");
        PrometheusScrape after = PrometheusScrape.await(EnrichMetricsTest::scrape,
                s -> s.sum(DEAD, enrich) > before.sum(DEAD, enrich)
                        && !s.find(LAG, Map.of("topic", Topics.SUBMITTED)).isEmpty(), Duration.ofSeconds(30));

        assertEquals(1, after.sum("newspipe_articles_enriched_total") - before.sum("newspipe_articles_enriched_total"));
        assertEquals(1, after.sum(DEAD, enrich) - before.sum(DEAD, enrich));
        assertEquals(1, after.sum(LATENCY + "_count") - before.sum(LATENCY + "_count"));
        assertTrue(after.sum(LATENCY + "_sum") - before.sum(LATENCY + "_sum") >= 2.0,
                "the article was ingested 2 s before it was enriched");
        assertFalse(after.find(LATENCY + "_bucket", Map.of()).isEmpty(), "percentile buckets are published");

        List<PrometheusScrape.Sample> lag = after.find(LAG, Map.of("topic", Topics.SUBMITTED));
        assertFalse(lag.isEmpty(), "consumer lag of " + Topics.SUBMITTED);
        assertTrue(lag.stream().allMatch(s -> s.labels().containsKey("partition")), lag.toString());
    }
}
