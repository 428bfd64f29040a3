package dev.newspipe.contract;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * Value of {@link Topics#SUBMITTED}; schema {@code schemas/news.articles.submitted.v1.json}.
 *
 * @param publishedAt ISO-8601 date ({@code 2025-10-28}) or date-time with offset, as the client sent it:
 *                    the local date of publication is what relative dates in the text refer to
 * @param languageHint the client's claim about the language (BCP 47); enrich-service decides
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
        @JsonProperty("ingested_at") Instant ingestedAt) {

    public static final int SCHEMA_VERSION = 1;
}
