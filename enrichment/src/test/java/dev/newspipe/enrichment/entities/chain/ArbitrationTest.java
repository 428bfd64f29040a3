package dev.newspipe.enrichment.entities.chain;

import dev.newspipe.contract.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How overlapping proposals are chosen, the same for every language. */
class ArbitrationTest {

    @Test
    void theLongestSpanWinsWhateverItsEvidence() {
        // 日本郵政: a guessed company over the known country inside it
        Proposal country = Proposal.known(0, 2, EntityType.LOCATION, "Japan", "JP", Evidence.KNOWN);
        Proposal company = Proposal.of(0, 4, EntityType.ORGANIZATION, Evidence.TAGGER);
        assertEquals(List.of(company), Arbitration.choose(List.of(country, company), 10));
    }

    @Test
    void ofTwoSpansOfOneLengthTheHigherRankedEvidenceWins() {
        Proposal tagged = Proposal.of(3, 6, EntityType.LOCATION, Evidence.TAGGER);
        Proposal titled = Proposal.of(3, 6, EntityType.PERSON, Evidence.TITLE);
        Proposal suffixed = Proposal.of(2, 5, EntityType.ORGANIZATION, Evidence.SUFFIX);
        assertEquals(List.of(titled), Arbitration.choose(List.of(tagged, suffixed, titled), 10));
    }

    @Test
    void ofEqualRankTheMoreConfidentThenTheEarlierWins() {
        Proposal sure = new Proposal(4, 6, EntityType.PERSON, null, null, Evidence.SHAPE, 0.9);
        Proposal unsure = new Proposal(5, 7, EntityType.PERSON, null, null, Evidence.SHAPE, 0.5);
        assertEquals(List.of(sure), Arbitration.choose(List.of(unsure, sure), 10));
        Proposal early = Proposal.of(1, 3, EntityType.PERSON, Evidence.SHAPE);
        Proposal late = Proposal.of(2, 4, EntityType.PERSON, Evidence.SHAPE);
        assertEquals(List.of(early), Arbitration.choose(List.of(late, early), 10));
    }

    @Test
    void chosenSpansNeverOverlapAndComeInTextOrder() {
        Proposal a = Proposal.of(6, 9, EntityType.PERSON, Evidence.SHAPE);
        Proposal b = Proposal.of(0, 2, EntityType.LOCATION, Evidence.KNOWN);
        Proposal inside = Proposal.of(7, 8, EntityType.LOCATION, Evidence.KNOWN);
        Proposal touching = Proposal.of(2, 6, EntityType.ORGANIZATION, Evidence.SUFFIX);
        assertEquals(List.of(b, touching, a), Arbitration.choose(List.of(a, b, inside, touching), 9));
    }

    @Test
    void aBlockerTakesItsCharactersSoNothingInsideItIsChosen() {
        // 日経平均 names no entity, and 日経 inside it is not the newspaper
        Proposal index = Proposal.blocker(0, 4, Evidence.KNOWN);
        Proposal paper = Proposal.known(0, 2, EntityType.ORGANIZATION, "Nikkei", "nikkei", Evidence.KNOWN);
        assertEquals(List.of(index), Arbitration.choose(List.of(paper, index), 6));
    }
}
