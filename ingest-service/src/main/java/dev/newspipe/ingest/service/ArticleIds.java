package dev.newspipe.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Ids for articles whose client gave none. Deterministic, so that a client's retry of the same
 * article produces the same id and the store keeps one row: from the URL when there is one (the
 * same story fetched twice), else from the content.
 */
@ApplicationScoped
public class ArticleIds {

    /** {@code u-} and 32 hex digits of SHA-256 over the URL with scheme and host lower-cased and the fragment dropped. */
    public String fromUrl(String url) {
        URI uri = URI.create(url.trim()).normalize();
        String normalized = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT)
                + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return "u-" + sha256Hex(normalized);
    }

    /** {@code c-} and 32 hex digits of SHA-256 over title, body and published_at. */
    public String fromContent(String title, String body, String publishedAt) {
        return "c-" + sha256Hex(title + '\u0000' + body + '\u0000' + publishedAt);
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
