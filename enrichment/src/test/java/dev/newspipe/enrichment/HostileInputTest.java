package dev.newspipe.enrichment;

import dev.newspipe.contract.ArticleEnriched;
import dev.newspipe.contract.ArticleSubmitted;
import dev.newspipe.contract.DateTag;
import dev.newspipe.contract.EntityTag;
import dev.newspipe.contract.Mention;
import dev.newspipe.contract.TextField;
import dev.newspipe.enrichment.cli.TagCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Instant;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Articles no newsroom sends on purpose still pass through: the enricher tags what it can and never
 * throws. The timeouts only catch a hang (a runaway regex, say), they are no speed target.
 */
class HostileInputTest {

    private static Enricher enricher;

    @BeforeAll
    static void build() {
        enricher = new Enricher(TagCommand.DEFAULT_LANGUAGES);
    }

    private static ArticleEnriched enrich(String title, String body) {
        ArticleEnriched enriched = enricher.enrich(new ArticleSubmitted(1, "hostile", title, body, "2025-10-28",
                null, null, null, null, Instant.now()), Instant.now());
        assertNotNull(enriched.language());
        for (EntityTag entity : enriched.entities()) {
            for (Mention m : entity.mentions()) {
                String text = m.field() == TextField.TITLE ? title : body;
                assertEquals(m.text(), text.substring(m.start(), m.end()), "offsets point at the mention");
            }
        }
        for (DateTag date : enriched.dates()) {
            String text = date.field() == TextField.TITLE ? title : body;
            assertEquals(date.text(), text.substring(date.start(), date.end()), "offsets point at the date");
        }
        return enriched;
    }

    @Test
    @Timeout(60)
    void emptyAndBlankTexts() {
        enrich("", "");
        enrich(" ", "\n\n\t");
        enrich("。", "、、、");
    }

    @Test
    @Timeout(120)
    void fiveMegabytesOfText() {
        String paragraph = "米国と中国は１０月２６日、クアラルンプールで貿易協議を行った。Trump met Xi in Busan on Thursday. 特朗普周四在釜山会见习近平。\n";
        enrich("Long", paragraph.repeat(5_000_000 / paragraph.length()));
    }

    @Test
    @Timeout(60)
    void binaryJunkAndMixedScripts() {
        Random random = new Random(42);
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            junk.append((char) random.nextInt(0x10000));
        }
        enrich("\u0000\uFFFF\uD800", junk.toString());
        enrich("Трамп и 習近平 met في بكين", "Ελλάδα 日本 Deutschland 서울 ١٠ أكتوبر 2025年10月26日 Oct. 26 😀👍🏽 \uD83D");
        enrich("((((((((((((((((((((", "1".repeat(100_000) + "年" + "月".repeat(10_000) + "A. ".repeat(20_000));
    }
}
