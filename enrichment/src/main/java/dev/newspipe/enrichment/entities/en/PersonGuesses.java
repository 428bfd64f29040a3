package dev.newspipe.enrichment.entities.en;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Proposal;
import dev.newspipe.enrichment.entities.chain.Refiner;

import java.util.ArrayList;
import java.util.List;
/**
 * The last guess for a span nothing typed: name-shaped words are a person ("Dana Whitlock"), unless they are common
 * words, follow "the", end like abstract nouns or start with a known place or organisation; one name-shaped word is a
 * person where people's words follow it ("Okafor said", "Okafor, 58,").
 */
final class PersonGuesses implements Refiner<EnglishText> {

    @Override
    public List<Proposal> refine(EnglishText tx, List<Proposal> chosen) {
        List<Proposal> spans = new ArrayList<>(chosen);
        EnglishLexicon lex = tx.lex;
        for (int i = 0; i < spans.size(); i++) {
            Proposal c = spans.get(i);
            if (Spans.isUnknown(c) && tx.length(c) >= 2 && tx.nameLike(c) && !tx.precededByThe(c) && !tx.allCommon(c)
                    && !tx.hasNounEnding(c) && !startsWithKnownPlaceOrOrganization(tx, c)) {
                c = Spans.typed(c, EntityType.PERSON, Evidence.GUESS);
            }
            Token first = tx.tokens.get(tx.from(c));
            if (Spans.isUnknown(c) && tx.length(c) == 1 && tx.personContext(c) && tx.nameLike(c) && !first.sentenceStart()
                    && !lex.commonWords.contains(first.lower())) {
                c = Spans.typed(c, EntityType.PERSON, Evidence.GUESS);
            }
            spans.set(i, c);
        }
        return spans;
    }

    /** "Tokyo Disneyland": a name built on a known place or organisation is no person (given names aside: "Jordan Smith"). */
    private static boolean startsWithKnownPlaceOrOrganization(EnglishText tx, Proposal c) {
        KnownNames.Match m = tx.lex.gazetteer.longest(tx.seq, tx.from(c), tx.to(c));
        return m != null && m.entry().type() != null && m.entry().type() != EntityType.PERSON
                && !tx.lex.givenNames.contains(tx.tokens.get(tx.from(c)).lower());
    }
}
