package dev.newspipe.enrichment.entities.en;

import dev.newspipe.enrichment.entities.Countries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The shared gazetteer read at English token boundaries with English case rules, over the shipped gazetteer.tsv. */
class KnownNamesTest {

    private static EnglishLexicon lexicon;

    @BeforeAll
    static void build() {
        lexicon = new EnglishLexicon(new Countries());
    }

    /** The known name starting at the first token of {@code text}, as "surface/TYPE/canonical", or null. */
    private static String longestAtStart(String text) {
        TokenSequence tokens = new TokenSequence(text, lexicon.tokenizer.tokenize(text));
        KnownNames.Match m = lexicon.gazetteer.longest(tokens, 0, tokens.size());
        if (m == null) {
            return null;
        }
        return text.substring(0, tokens.get(m.end() - 1).end()) + "/" + m.entry().type() + "/" + m.entry().canonical();
    }

    @Test
    void anAcronymMatchesInCapitalsOnly() {
        assertEquals("WHO/ORGANIZATION/World Health Organization", longestAtStart("WHO said"));
        assertNull(longestAtStart("Who said"));
    }

    @Test
    void aCapitalisedEntryWordMustBeCapitalisedInTheText() {
        assertEquals("Turkey/LOCATION/Turkey", longestAtStart("Turkey voted"));
        assertNull(longestAtStart("turkey dinner"));
    }

    @Test
    void aNameEndsWhereATokenEnds() {
        assertNull(longestAtStart("Iranian officials"));
        assertEquals("Japan/LOCATION/Japan", longestAtStart("Japan's exports"));
        assertEquals("Bank of Japan/ORGANIZATION/Bank of Japan", longestAtStart("Bank of Japan's governor"));
    }

    @Test
    void aMixedCaseFormListedFirstMatchesItsCapitalsToo() {
        assertEquals("BoJ/ORGANIZATION/Bank of Japan", longestAtStart("BoJ policy"));
        assertEquals("BOJ/ORGANIZATION/Bank of Japan", longestAtStart("BOJ policy"));
    }

    @Test
    void curlyApostrophesAndLineBreaksMatchTheirPlainForms() {
        assertEquals("People’s Bank of China/ORGANIZATION/People's Bank of China", longestAtStart("People’s Bank of China"));
        assertEquals("Bank of\nJapan/ORGANIZATION/Bank of Japan", longestAtStart("Bank of\nJapan"));
    }

    @Test
    void aPersonIsKnownByFamilyNameAloneUnlessItIsACommonWord() {
        assertEquals("Starmer/PERSON/Keir Starmer", longestAtStart("Starmer said"));
        assertEquals("Yvette Cooper/PERSON/Yvette Cooper", longestAtStart("Yvette Cooper said"));
        assertNull(longestAtStart("Cooper said"));
    }
}
