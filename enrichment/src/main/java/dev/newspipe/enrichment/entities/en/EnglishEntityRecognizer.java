package dev.newspipe.enrichment.entities.en;

import dev.newspipe.contract.TextField;
import dev.newspipe.enrichment.entities.Countries;
import dev.newspipe.enrichment.entities.EntityMention;
import dev.newspipe.enrichment.entities.EntityRecognizer;

import java.util.List;

/** English names of people, organisations and places. (Being written: finds nothing yet.) */
public final class EnglishEntityRecognizer implements EntityRecognizer {

    private final Countries countries;

    public EnglishEntityRecognizer(Countries countries) {
        this.countries = countries;
    }

    @Override
    public List<EntityMention> recognize(TextField field, String text) {
        return List.of();
    }
}
