package dev.newspipe.contract;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.Objects;

/**
 * Value of {@link Topics#SUBMITTED}; schema {@code schemas/news.articles.submitted.v1.json}.
 *
 * @param publishedAt ISO-8601 date ({@code 2025-10-28}) or date-time with offset, as the client sent it:
 *                    the local date of publication is what relative dates in the text refer to
 * @param languageHint the client's claim about the language (BCP 47); enrich-service decides
 * @param version     which version of the article this is, from 1: a publisher's post of new content under an
 *                    existing id is the next version ({@link Versioning})
 * @param updatedAt   when this version was accepted
 * @param publisher   the credential that submitted it ({@code api-key:<name>} or {@code jwt:<subject>}), who owns the id
 */
public record ArticleSubmitted(
        @JsonProperty("schema_version") int schemaVersion,
        String id,
        String title,
        String body,
        @JsonProperty("published_at") String publishedAt,
        String source,
        String url,
        String author,
        @JsonProperty("language_hint") String languageHint,
        @JsonProperty("ingested_at") Instant ingestedAt,
        Integer version,
        @JsonProperty("updated_at") Instant updatedAt,
        String publisher) {

    public static final int SCHEMA_VERSION = 1;

    public ArticleSubmitted {
        version = Versioning.version(version);
        updatedAt = Objects.requireNonNullElse(updatedAt, ingestedAt);
    }

    /** A first version by no named publisher: what a record written before versions existed reads as. */
    public ArticleSubmitted(int schemaVersion, String id, String title, String body, String publishedAt, String source,
            String url, String author, String languageHint, Instant ingestedAt) {
        this(schemaVersion, id, title, body, publishedAt, source, url, author, languageHint, ingestedAt, null, null, null);
    }
}
