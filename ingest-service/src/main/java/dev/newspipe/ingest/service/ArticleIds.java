package dev.newspipe.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Ids for articles whose client gave none. Deterministic, so that a client's retry of the same
 * article produces the same id and the store keeps one row: from the URL when there is one (the
 * same story fetched twice), else from the content. Clients may not use these forms themselves.
 */
@ApplicationScoped
public class ArticleIds {

    /** Prefixes of generated ids: {@code u-} from a URL, {@code c-} from the content. */
    static final String FROM_URL = "u-";
    static final String FROM_CONTENT = "c-";

    private final UrlNormalizer urls = new UrlNormalizer();

    /**
     * {@code u-} and 32 hex digits of SHA-256 over the URL's normal form ({@link UrlNormalizer}); empty when the URL
     * has none.
     */
    public Optional<String> fromUrl(String url) {
        return urls.normalize(url.strip()).map(normal -> FROM_URL + sha256Hex(normal));
    }

    /** {@code c-} and 32 hex digits of SHA-256 over title, body and published_at. */
    public String fromContent(String title, String body, String publishedAt) {
        return FROM_CONTENT + sha256Hex(title + '\u0000' + body + '\u0000' + publishedAt);
    }

    /** Whether a client's id would fall into a generated namespace (whatever its case, to leave no look-alikes). */
    public static boolean isReserved(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        return lower.startsWith(FROM_URL) || lower.startsWith(FROM_CONTENT);
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
