package dev.newspipe.enrich.messaging;

import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.kafka.ArticleSubmittedDeserializer;
import dev.newspipe.enrich.service.Enricher;
import dev.newspipe.observability.ArticleMdc;
import dev.newspipe.observability.PipelineMetrics;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * news.articles.submitted → news.articles.enriched, keyed by article id. The incoming record is
 * acknowledged (its offset committed) only once the enriched record is acknowledged by the broker:
 * at-least-once. A record that cannot be read or enriched is dead-lettered (see application.properties).
 */
@ApplicationScoped
public class EnrichmentProcessor {

    private static final Logger LOG = Logger.getLogger(EnrichmentProcessor.class);

    private final Enricher enricher;
    private final PipelineMetrics metrics;
    private final ArticleSubmittedDeserializer reader = new ArticleSubmittedDeserializer();

    public EnrichmentProcessor(Enricher enricher, PipelineMetrics metrics) {
        this.enricher = enricher;
        this.metrics = metrics;
    }

    /**
     * Takes the raw bytes and reads them here, not in the consumer's deserializer: a record that cannot
     * be read then fails like any other processing error and is dead-lettered with its original bytes.
     */
    @Incoming("articles-submitted")
    @Outgoing("articles-enriched")
    @Blocking // CPU-bound work stays off the event loop; ordered, so per-partition order is kept
    public Record<String, ArticleEnriched> enrich(byte[] value) {
        ArticleSubmitted article = reader.deserialize(Topics.SUBMITTED, value);
        try (ArticleMdc ignored = ArticleMdc.of(article.id())) {
            ArticleEnriched enriched = enricher.enrich(article);
            metrics.enriched(enriched.ingestedAt(), enriched.enrichedAt());
            LOG.debugf("Enriched %s: language %s", article.id(), enriched.language());
            return Record.of(article.id(), enriched);
        }
    }
}
