package dev.newspipe.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.contract.EventJson;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What makes two posts of one id the same article: SHA-256 over every field the client sent but the id
 * (title, body, published_at, source, url, author, language), as a JSON array so that no two contents share an
 * encoding. The same digest again is a retry; another one is a new version.
 */
public final class ContentDigest {

    private ContentDigest() {
    }

    public static byte[] of(ArticleSubmitted article) {
        try {
            byte[] content = EventJson.MAPPER.writeValueAsBytes(Arrays.asList(article.title(), article.body(),
                    article.publishedAt(), article.source(), article.url(), article.author(), article.languageHint()));
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot digest article " + article.id(), e);
        }
    }
}
