package dev.newspipe.enrichment.entities.en;

import dev.newspipe.contract.TextField;
import dev.newspipe.enrichment.entities.Countries;
import dev.newspipe.enrichment.entities.EntityMention;
import dev.newspipe.enrichment.entities.EntityRecognizer;
import dev.newspipe.enrichment.entities.chain.Evidence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The concerns of the English chain that depend on the field or on what arbitration chose: dateline places, title-case
 * headlines, place adjectives, a country inside its organisation. Mentions as "surface/TYPE/EVIDENCE" in text order.
 */
class EnglishChainTest {

    private static EntityRecognizer chain;

    @BeforeAll
    static void build() {
        chain = EnglishEntities.chain(new Countries());
    }

    private static List<String> mentions(TextField field, String text) {
        return chain.recognize(field, text).stream()
                .map((EntityMention m) -> m.text() + "/" + m.type() + "/" + m.evidence())
                .toList();
    }

    @Test
    void aBodyDatelineOpensWithPlacesKnownOrNot() {
        assertEquals(List.of("SEOUL/LOCATION/KNOWN", "KESTERVIK/LOCATION/POSITION", "Velquist/ORGANIZATION/CONTEXT"),
                mentions(TextField.BODY, "SEOUL/KESTERVIK — Shares of the chipmaker Velquist rose on Monday."));
    }

    @Test
    void aDatelineIsReadInBodiesOnly() {
        assertEquals(List.of(), mentions(TextField.TITLE, "KESTERVIK — Shares rose"));
    }

    @Test
    void aTitleCaseHeadlineNamesOnlyWhatIsKnown() {
        assertEquals(List.of("Trump/PERSON/KNOWN", "Geneva/LOCATION/KNOWN"),
                mentions(TextField.TITLE, "Trump Meets Velquist Chief Olsund In Geneva"));
    }

    @Test
    void anAdjectiveBuiltOnAKnownPlaceNamesThePlace() {
        assertEquals(List.of("Tokyo/LOCATION/KNOWN"), mentions(TextField.BODY, "the Tokyo-based lender said"));
    }

    @Test
    void aCountryOrganisationMentionsTheCountryToo() {
        assertEquals(List.of("U.S./LOCATION/KNOWN", "U.S. Senate/ORGANIZATION/COMPOUND"),
                mentions(TextField.BODY, "the bill passed the U.S. Senate on Tuesday."));
    }
}
