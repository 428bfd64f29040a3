package dev.newspipe.enrichment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newspipe.contract.EventJson;
import dev.newspipe.enrichment.language.LanguageIdentifier;
import dev.newspipe.enrichment.cli.TagCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageIdentifierTest {

    private static LanguageIdentifier identifier;

    @BeforeAll
    static void build() {
        identifier = new LanguageIdentifier(TagCommand.DEFAULT_LANGUAGES);
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

    /** Low-accuracy mode (trigrams only) must still tell close neighbours apart at the length of a short item. */
    @Test
    void shortNewsItemsInNeighbouringLanguages() {
        assertEquals("fr", identifier.identify("Grève dans les transports",
                "Les syndicats appellent à une journée de mobilisation jeudi contre la réforme des retraites.", null));
        assertEquals("es", identifier.identify("Huelga en el transporte",
                "Los sindicatos convocan una jornada de movilización el jueves contra la reforma de las pensiones.", null));
        assertEquals("pt", identifier.identify("Greve nos transportes",
                "Os sindicatos convocam um dia de mobilização na quinta-feira contra a reforma da previdência.", null));
        assertEquals("it", identifier.identify("Sciopero dei trasporti",
                "I sindacati indicono una giornata di mobilitazione giovedì contro la riforma delle pensioni.", null));
        assertEquals("de", identifier.identify("Streik im Nahverkehr",
                "Die Gewerkschaften rufen für Donnerstag zu Protesten gegen die Rentenreform auf.", null));
        assertEquals("nl", identifier.identify("Staking in het openbaar vervoer",
                "De vakbonden roepen op tot een actiedag op donderdag tegen de pensioenhervorming.", null));
        assertEquals("ko", identifier.identify("대중교통 파업", "노동조합은 목요일 연금 개혁에 반대하는 집회를 열기로 했다.", null));
        assertEquals("ja", identifier.identify("東京株式市場", "日経平均株価は続落した。", null));
    }
}
