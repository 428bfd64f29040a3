package dev.newspipe.store.messaging;

import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.Topics;
import dev.newspipe.contract.kafka.ArticleEnrichedDeserializer;
import dev.newspipe.store.service.ArticleStore;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;

/**
 * news.articles.enriched → PostgreSQL. The offset is committed after this method returns, that is
 * after the transaction has committed: at-least-once, made exactly-one-row by {@link ArticleStore}.
 */
@ApplicationScoped
public class EnrichedArticleConsumer {

    private static final Logger LOG = Logger.getLogger(EnrichedArticleConsumer.class);

    private final ArticleStore store;
    private final ArticleEnrichedDeserializer reader = new ArticleEnrichedDeserializer();

    public EnrichedArticleConsumer(ArticleStore store) {
        this.store = store;
    }

    /** Raw bytes in, so that an unreadable record is dead-lettered as it came (see application.properties). */
    @Incoming("articles-enriched")
    @Blocking
    public void consume(byte[] value) {
        ArticleEnriched event = reader.deserialize(Topics.ENRICHED, value);
        ArticleStore.Outcome outcome = store.store(event, new String(value, StandardCharsets.UTF_8));
        LOG.debugf("Article %s: %s", event.id(), outcome);
    }
}
