package dev.newspipe.enrichment.entities.en;

import dev.newspipe.contract.TextField;
import dev.newspipe.enrichment.entities.Countries;
import dev.newspipe.enrichment.entities.EntityMention;
import dev.newspipe.enrichment.entities.EntityRecognizer;

import java.util.List;

/**
 * English names of people, organisations and places, by rules and word lists (no statistical model): capitalised
 * spans, titles stripped ("Defense Secretary Lloyd Austin" → "Lloyd Austin"), typed from gazetteers,
 * keywords ("... Bank", "... Airport"), context ("the village of X", "X, a chipmaker") and the rest of the
 * text. The knowledge lives in {@code entities/en/*} resource files. Thread-safe: all state is built here.
 */
public final class EnglishEntityRecognizer implements EntityRecognizer {

    private final EnglishLexicon lexicon;

    public EnglishEntityRecognizer(Countries countries) {
        this.lexicon = new EnglishLexicon(countries);
    }

    @Override
    public List<EntityMention> recognize(TextField field, String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return new RecognitionPass(lexicon, field, text).run();
    }
}
