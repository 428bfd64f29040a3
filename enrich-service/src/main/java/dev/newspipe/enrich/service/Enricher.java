package dev.newspipe.enrich.service;

import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.ArticleSubmitted;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;

/**
 * The service's handle on the enrichment library ({@code enrichment} module): built once at start-up,
 * since loading the language models and dictionaries takes a few seconds, then shared by all threads.
 */
@Startup // load the models before readiness, not on the first article
@ApplicationScoped
public class Enricher {

    private static final Logger LOG = Logger.getLogger(Enricher.class);

    private final dev.newspipe.enrichment.Enricher enricher;
    private final Clock clock = Clock.systemUTC();

    public Enricher(@ConfigProperty(name = "enrich.languages") List<String> languages) {
        long started = System.nanoTime();
        this.enricher = new dev.newspipe.enrichment.Enricher(languages);
        LOG.infof("Enricher ready in %d ms (languages %s)", (System.nanoTime() - started) / 1_000_000, languages);
    }

    public ArticleEnriched enrich(ArticleSubmitted article) {
        return enricher.enrich(article, clock.instant());
    }
}
