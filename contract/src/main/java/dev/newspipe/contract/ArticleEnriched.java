package dev.newspipe.contract;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Value of {@link Topics#ENRICHED}; schema {@code schemas/news.articles.enriched.v1.json}.
 * The submitted article, the detected {@code language} and the three tag lists. Offsets in the
 * tags count UTF-16 code units of {@link #title} or {@link #body}, as {@link String#substring} does.
 * {@code version}, {@code updated_at} and {@code publisher} are the submitted article's ({@link ArticleSubmitted}).
 */
public record ArticleEnriched(
        @JsonProperty("schema_version") int schemaVersion,
        String id,
        String title,
        String body,
        @JsonProperty("published_at") String publishedAt,
        String source,
        String url,
        String author,
        @JsonProperty("language_hint") String languageHint,
        String language,
        @JsonProperty("ingested_at") Instant ingestedAt,
        @JsonProperty("enriched_at") Instant enrichedAt,
        List<EntityTag> entities,
        List<DateTag> dates,
        List<TopicTag> topics,
        Integer version,
        @JsonProperty("updated_at") Instant updatedAt,
        String publisher) {

    public static final int SCHEMA_VERSION = 1;

    public ArticleEnriched {
        version = Versioning.version(version);
        updatedAt = Objects.requireNonNullElse(updatedAt, ingestedAt);
        entities = entities == null ? List.of() : List.copyOf(entities);
        dates = dates == null ? List.of() : List.copyOf(dates);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** A first version by no named publisher: what a record written before versions existed reads as. */
    public ArticleEnriched(int schemaVersion, String id, String title, String body, String publishedAt, String source,
            String url, String author, String languageHint, String language, Instant ingestedAt, Instant enrichedAt,
            List<EntityTag> entities, List<DateTag> dates, List<TopicTag> topics) {
        this(schemaVersion, id, title, body, publishedAt, source, url, author, languageHint, language, ingestedAt,
                enrichedAt, entities, dates, topics, null, null, null);
    }

    /** The enriched form of {@code article}: the same version, by the same publisher. */
    public static ArticleEnriched of(ArticleSubmitted article, String language, List<EntityTag> entities,
            List<DateTag> dates, List<TopicTag> topics, Instant enrichedAt) {
        return new ArticleEnriched(SCHEMA_VERSION, article.id(), article.title(), article.body(),
                article.publishedAt(), article.source(), article.url(), article.author(),
                article.languageHint(), language, article.ingestedAt(), enrichedAt, entities, dates, topics,
                article.version(), article.updatedAt(), article.publisher());
    }
}
