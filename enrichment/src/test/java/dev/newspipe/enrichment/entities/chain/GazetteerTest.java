package dev.newspipe.enrichment.entities.chain;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.Countries;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.MissingResourceException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one gazetteer implementation: trie matching over folded text, first entry wins, files fail loudly. */
class GazetteerTest {

    private static Gazetteer.Entry entry(String surface, EntityType type, String canonical) {
        return new Gazetteer.Entry(surface, type, canonical, canonical.toLowerCase(), false);
    }

    @Test
    void findsEveryEntryStartingAtAPositionLongestFirst() {
        Gazetteer g = Gazetteer.builder(CharFold.LATIN)
                .add(entry("日本", EntityType.LOCATION, "Japan"))
                .add(entry("日本銀行", EntityType.ORGANIZATION, "Bank of Japan"))
                .add(entry("銀行", EntityType.ORGANIZATION, "Bank"))
                .build();
        String text = "昨日日本銀行が";
        List<Gazetteer.Match> matches = g.matchesAt(text, 2);
        assertEquals(List.of(6, 4), matches.stream().map(Gazetteer.Match::end).toList());
        assertEquals("Bank of Japan", matches.get(0).entry().canonical());
        assertTrue(g.matchesAt(text, 0).isEmpty());
        assertEquals("Bank", g.at(text, 4, 6).canonical());
        assertNull(g.at(text, 3, 5));
    }

    @Test
    void matchesThroughTheFoldSoFullWidthAndCaseDoNotMatter() {
        Gazetteer g = Gazetteer.builder(CharFold.LATIN).add(entry("OECD", EntityType.ORGANIZATION, "OECD")).build();
        String text = "ＯＥＣＤは";
        assertEquals(4, g.matchesAt(CharFold.LATIN.fold(text), 0).get(0).end());
        assertEquals("OECD", g.get("oecd").surface());
    }

    @Test
    void theFirstEntryForASurfaceWins() {
        Gazetteer g = Gazetteer.builder(CharFold.LATIN)
                .add(entry("Georgia", EntityType.LOCATION, "Georgia"))
                .add(entry("georgia", EntityType.PERSON, "Georgia Smith"))
                .build();
        assertEquals(EntityType.LOCATION, g.get("GEORGIA").type());
    }

    @Test
    void readsCountriesAndAGazetteerFileWithBlockers() {
        Gazetteer g = Gazetteer.builder(CharFold.LATIN)
                .addCountries(new Countries(), "ja", 2)
                .addFile("entities/ja/gazetteer.tsv")
                .build();
        Gazetteer.Entry france = g.get("フランス");
        assertEquals("FR", france.key());
        assertTrue(france.country());
        assertNull(g.get("米"), "single characters are left out by the minimum length");
        assertEquals("Hokkaido", g.get("北海道").canonical());
    }

    @Test
    void aMissingFileFailsLoudly() {
        MissingResourceException e = assertThrows(MissingResourceException.class,
                () -> Gazetteer.builder(CharFold.LATIN).addFile("entities/xx/gazetteer.tsv"));
        assertTrue(e.getMessage().contains("entities/xx/gazetteer.tsv"), e.getMessage());
    }
}
