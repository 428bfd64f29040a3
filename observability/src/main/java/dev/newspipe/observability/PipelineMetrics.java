package dev.newspipe.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;

/**
 * The pipeline's own meters, one place for their names (README, "Observability"). Prometheus names: dots become
 * underscores, counters end in {@code _total}, timers are in seconds with {@code _bucket} series for percentiles.
 */
@ApplicationScoped
public class PipelineMetrics {

    public static final String ACCEPTED = "newspipe.articles.accepted";
    public static final String REJECTED = "newspipe.articles.rejected";
    public static final String ENRICHED = "newspipe.articles.enriched";
    public static final String DEAD_LETTERED = "newspipe.articles.dead.lettered";
    public static final String STORED = "newspipe.articles.stored";
    public static final String DUPLICATES_SKIPPED = "newspipe.articles.duplicates.skipped";
    public static final String INGEST_TO_ENRICHED = "newspipe.articles.ingest.to.enriched";
    public static final String ENRICHED_TO_STORED = "newspipe.articles.enriched.to.stored";

    private final MeterRegistry registry;
    private final Counter accepted;
    private final Counter enriched;
    private final Counter stored;
    private final Counter duplicatesSkipped;
    private final Timer ingestToEnriched;
    private final Timer enrichedToStored;

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.accepted = Counter.builder(ACCEPTED).description("Articles accepted by POST /articles (202)")
                .register(registry);
        this.enriched = Counter.builder(ENRICHED).description("Articles enriched and handed to the enriched topic")
                .register(registry);
        this.stored = Counter.builder(STORED).description("Articles inserted or replaced in the database")
                .register(registry);
        this.duplicatesSkipped = Counter.builder(DUPLICATES_SKIPPED)
                .description("Articles the store left alone: redelivered or older than the stored version")
                .register(registry);
        this.ingestToEnriched = latency(INGEST_TO_ENRICHED, "From ingested_at to enriched_at of an article");
        this.enrichedToStored = latency(ENRICHED_TO_STORED, "From enriched_at of an article to its database commit");
    }

    private Timer latency(String name, String description) {
        // Histogram buckets, so that Prometheus computes percentiles across instances (histogram_quantile).
        return Timer.builder(name).description(description).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
    }

    public void accepted() {
        accepted.increment();
    }

    /** A POST /articles answered with an error status (400, 413, 415, 422, 503, ...). */
    public void rejected(int status) {
        Counter.builder(REJECTED).description("Articles refused by POST /articles, by HTTP status")
                .tag("status", Integer.toString(status)).register(registry).increment();
    }

    public void enriched(Instant ingestedAt, Instant enrichedAt) {
        enriched.increment();
        record(ingestToEnriched, ingestedAt, enrichedAt);
    }

    /** A dead letter acknowledged by the broker, by the stage that wrote it (enrich, store). */
    public void deadLettered(String stage) {
        Counter.builder(DEAD_LETTERED).description("Records sent to a stage's dead-letter topic")
                .tag("stage", stage).register(registry).increment();
    }

    /** A committed store batch: how many rows it wrote and how many it skipped. */
    public void stored(int written, int skipped) {
        stored.increment(written);
        duplicatesSkipped.increment(skipped);
    }

    public void enrichedToStored(Instant enrichedAt, Instant storedAt) {
        record(enrichedToStored, enrichedAt, storedAt);
    }

    private static void record(Timer timer, Instant from, Instant to) {
        if (from != null && to != null) {
            // Clocks of two machines: a negative difference is skew, counted as zero rather than dropped.
            timer.record(Duration.between(from, to).isNegative() ? Duration.ZERO : Duration.between(from, to));
        }
    }
}
