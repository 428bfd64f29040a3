package dev.newspipe.ingest.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of {@link UrlNormalizer}, one case a line of {@code url-normalisation.tsv}, and what they do to ids. */
class UrlNormalizerTest {

    private final UrlNormalizer normalizer = new UrlNormalizer();
    private final ArticleIds ids = new ArticleIds();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(resources = "/url-normalisation.tsv", delimiter = '\t')
    void normalForm(String url, String expected) {
        assertEquals(Optional.of(expected), normalizer.normalize(url));
    }

    @Test
    void oneStoryWrittenSixWaysHasOneId() {
        Set<String> forms = List.of(
                        "https://news.example.com/2025/10/28/truce",
                        "http://news.example.com/2025/10/28/truce",
                        "HTTPS://News.Example.com:443/2025/10/28/truce/",
                        "http://news.example.com:80/2025/10/28/truce?utm_source=twitter&utm_medium=social",
                        "https://news.example.com/2025/10/28/truce?fbclid=IwAR0xyz#comments",
                        "https://news.example.com/2025/10/28/./truce")
                .stream().map(url -> ids.fromUrl(url).orElseThrow()).collect(Collectors.toSet());
        assertEquals(1, forms.size(), forms.toString());
        assertTrue(forms.iterator().next().matches("u-[0-9a-f]{32}"));
    }

    @Test
    void differentPagesKeepDifferentIds() {
        assertNotEquals(ids.fromUrl("https://example.com/article?id=1"), ids.fromUrl("https://example.com/article?id=2"));
        assertNotEquals(ids.fromUrl("https://example.com/News"), ids.fromUrl("https://example.com/news"));
        assertNotEquals(ids.fromUrl("https://example.com/a"), ids.fromUrl("https://example.com:8443/a"));
    }

    /**
     * The README's migration note: a URL already in its normal form keeps the id the earlier rule gave it (SHA-256 of
     * the URL with scheme and host lower-cased and the fragment dropped); others get the id of their normal form.
     */
    @Test
    void aUrlAlreadyInNormalFormKeepsItsEarlierId() throws Exception {
        String normal = "https://example.com/news/a?id=3";
        String earlier = "u-" + HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)), 0, 16);
        assertEquals(Optional.of(earlier), ids.fromUrl(normal));
        assertEquals(Optional.of(earlier), ids.fromUrl("http://Example.com/news/a/?utm_source=x&id=3"));
    }

    @Test
    void generatedNamespacesAreReservedWhateverTheCase() {
        for (String id : List.of("u-1", "c-0123abcd", "U-x", "C-y")) {
            assertTrue(ArticleIds.isReserved(id), id);
        }
        for (String id : List.of("reuters-123", "uc-1", "cu-1", "u_1", "abc-u-1")) {
            assertFalse(ArticleIds.isReserved(id), id);
        }
    }
}
