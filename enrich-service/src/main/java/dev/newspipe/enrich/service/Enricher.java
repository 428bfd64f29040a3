package dev.newspipe.enrich.service;

import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.ArticleSubmitted;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;

/**
 * Turns a submitted article into an enriched one: one stage per concern, applied in order.
 * Today: language. Entities, dates and topics are the next stages (their lists stay empty until then).
 */
@ApplicationScoped
public class Enricher {

    private final LanguageIdentifier languages;
    private final Clock clock;

    public Enricher(LanguageIdentifier languages) {
        this.languages = languages;
        this.clock = Clock.systemUTC();
    }

    public ArticleEnriched enrich(ArticleSubmitted article) {
        String language = languages.identify(article.title(), article.body(), article.languageHint());
        return ArticleEnriched.of(article, language, List.of(), List.of(), List.of(), clock.instant());
    }
}
