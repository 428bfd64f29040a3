package dev.newspipe.enrichment.cli;

import dev.newspipe.enrichment.Enricher;
import dev.newspipe.enrichment.entities.chain.Evidence;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ./pipeline tag}: one prediction a line, and how many mentions each kind of evidence won. */
class TagCommandTest {

    @Test
    void reportsTheEvidenceBehindEveryMentionInEveryLanguage() throws Exception {
        String in = """
                {"id":"a","title":"","body":"米国のバイデン大統領は東京で岸田首相と会談した。","published_at":"2024-01-01"}
                {"id":"b","title":"","body":"美国总统拜登在北京会见了国务院总理李强。","published_at":"2024-01-01"}
                {"id":"c","title":"","body":"President Joe Biden met Prime Minister Fumio Kishida in Tokyo.","published_at":"2024-01-01"}
                """;
        StringWriter out = new StringWriter();
        Map<String, Integer> byEvidence = TagCommand.tag(new Enricher(TagCommand.DEFAULT_LANGUAGES), new StringReader(in), out);

        assertEquals(3, out.toString().lines().count());
        assertTrue(byEvidence.getOrDefault("KNOWN", 0) >= 6, () -> "gazetteer names in all three: " + byEvidence);
        assertTrue(byEvidence.getOrDefault("TITLE", 0) >= 2, () -> "names after or before titles: " + byEvidence);
        assertTrue(byEvidence.keySet().stream().allMatch(k -> Arrays.stream(Evidence.values()).anyMatch(e -> e.name().equals(k))),
                () -> "every mention says what found it: " + byEvidence);
    }
}
