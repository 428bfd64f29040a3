package dev.newspipe.enrichment.entities.en;

import dev.newspipe.contract.TextField;
import dev.newspipe.enrichment.entities.Countries;
import dev.newspipe.enrichment.entities.EntityRecognizer;
import dev.newspipe.enrichment.entities.chain.EntityChain;

import java.util.EnumMap;
import java.util.Map;

/**
 * English names of people, organisations and places, by rules and word lists: capitalised spans, titles stripped
 * ("Defense Secretary Lloyd Austin" → "Lloyd Austin"), typed from the gazetteer, keywords ("... Bank", "... Airport"),
 * context ("the village of X", "X, a chipmaker") and the rest of the text. The knowledge lives in
 * {@code entities/en/*} resource files.
 */
public final class EnglishEntities {

    private EnglishEntities() {
    }

    /**
     * The chain, one per field: a headline may be in title case, a body may open with a dateline, and the analysed
     * field knows which. Thread-safe: all state is built here.
     */
    public static EntityRecognizer chain(Countries countries) {
        EnglishLexicon lexicon = new EnglishLexicon(countries);
        Map<TextField, EntityChain<EnglishText>> chains = new EnumMap<>(TextField.class);
        for (TextField field : TextField.values()) {
            chains.put(field, EntityChain.analyzing(text -> new EnglishText(lexicon, field, text))
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
                    .build());
        }
        return (field, text) -> chains.get(field).recognize(field, text);
    }
}
