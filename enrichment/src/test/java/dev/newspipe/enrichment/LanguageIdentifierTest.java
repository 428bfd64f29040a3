package dev.newspipe.enrichment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newspipe.contract.EventJson;
import dev.newspipe.enrichment.language.LanguageIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageIdentifierTest {

    private static LanguageIdentifier identifier;

    @BeforeAll
    static void build() {
        identifier = new LanguageIdentifier(List.of("ja", "zh", "en", "ko", "fr", "de", "es"));
    }

    @Test
    void japaneseSampleIsJapaneseWhateverTheHintSays() throws Exception {
        JsonNode sample = EventJson.MAPPER.readTree(SharedFiles.bytes("samples/asia-times-2025-10-28-ja.json"));
        String title = sample.get("title").asText();
        String body = sample.get("body").asText();
        assertEquals("ja", identifier.identify(title, body, null));
        assertEquals("ja", identifier.identify(title, body, "en"), "a wrong hint does not beat the text");
    }

    @Test
    void englishAndChineseInBothScripts() {
        assertEquals("en", identifier.identify("Markets rally as trade truce holds",
                "Stocks rose on Tuesday after the two governments agreed to pause new tariffs for a year.", null));
        assertEquals("zh", identifier.identify("中美贸易休战",
                "美国财政部长表示，中方同意恢复购买美国大豆，并将稀土出口管制推迟一年。", null));
        assertEquals("zh", identifier.identify("中美貿易休戰",
                "美國財政部長表示，中方同意恢復購買美國大豆，並將稀土出口管制推遲一年。", "zh-Hant"));
    }
}
