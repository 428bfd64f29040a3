package dev.newspipe.store.service;

import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.store.model.StoredArticle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Keeps one row per article whatever the broker delivers: a redelivered event changes nothing, a newer
 * enrichment replaces the row, an older one arriving late is ignored.
 */
@ApplicationScoped
public class ArticleStore {

    public enum Outcome { INSERTED, UPDATED, DUPLICATE, STALE }

    private final EntityManager em;
    private final Clock clock = Clock.systemUTC();

    public ArticleStore(EntityManager em) {
        this.em = em;
    }

    /** Stores {@code event}, whose exact JSON is {@code json}, in one transaction. */
    @Transactional
    public Outcome store(ArticleEnriched event, String json) {
        StoredArticle row = em.find(StoredArticle.class, event.id(), LockModeType.PESSIMISTIC_WRITE);
        Outcome outcome;
        if (row == null) {
            row = new StoredArticle();
            row.id = event.id();
            outcome = Outcome.INSERTED;
        } else if (row.enrichedAt.isAfter(event.enrichedAt())) {
            return Outcome.STALE;
        } else if (row.enrichedAt.equals(event.enrichedAt())) {
            return Outcome.DUPLICATE;
        } else {
            outcome = Outcome.UPDATED;
        }
        row.title = event.title();
        row.body = event.body();
        row.url = event.url();
        row.source = event.source();
        row.author = event.author();
        row.language = event.language();
        row.publishedAt = publishedAt(event.publishedAt());
        row.ingestedAt = event.ingestedAt();
        row.enrichedAt = event.enrichedAt();
        row.storedAt = clock.instant();
        row.schemaVersion = event.schemaVersion();
        row.event = json;
        if (outcome == Outcome.INSERTED) {
            row.persist();
        }
        return outcome;
    }

    /** {@code 2025-10-28} is midnight UTC; a date-time keeps its offset. */
    static OffsetDateTime publishedAt(String text) {
        return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC)
                : OffsetDateTime.parse(text);
    }
}
