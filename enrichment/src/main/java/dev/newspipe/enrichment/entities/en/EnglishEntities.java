package dev.newspipe.enrichment.entities.en;

import dev.newspipe.enrichment.entities.Countries;
import dev.newspipe.enrichment.entities.chain.EntityChain;


/**
 * English names of people, organisations and places, by rules and word lists: capitalised spans, titles stripped
 * ("Defense Secretary Lloyd Austin" → "Lloyd Austin"), typed from the gazetteer, keywords ("... Bank", "... Airport"),
 * context ("the village of X", "X, a chipmaker") and the rest of the text. The knowledge lives in
 * {@code entities/en/*} resource files.
 */
public final class EnglishEntities {

    private EnglishEntities() {
    }

    /** The chain. Thread-safe: all state is built here. */
    public static EntityChain<?> chain(Countries countries) {
        EnglishLexicon lexicon = new EnglishLexicon(countries);
        return EntityChain.<EnglishText>analyzing((field, text) -> new EnglishText(lexicon, field, text))
                .annotate(new HeadlineKnownNames())
                .annotate(new DatelinePlaces())
                .annotate(new PlaceAdjectives())
                .annotate(new CapitalisedNames())
                .then(new CountryInOrganization())
                .then(new ContextTyping())
                .then(new NameRepetitions())
                .then(new ListCoordination())
                .then(new PersonGuesses())
                .then(new NameRepetitions())
                .then(new PlaceModifiers())
                .build();
    }
}
