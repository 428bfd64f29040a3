package dev.newspipe.enrichment.entities;

import dev.newspipe.contract.EntityTag;
import dev.newspipe.contract.TextField;
import dev.newspipe.enrichment.entities.en.EnglishEntities;
import dev.newspipe.enrichment.entities.ja.JapaneseEntities;
import dev.newspipe.enrichment.entities.zh.ChineseEntities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The entity stage: the language's recognizer over title and body, then grouping. */
public final class EntityTagger {

    private final Map<String, EntityRecognizer> recognizers;
    private final EntityGrouper grouper = new EntityGrouper();

    public EntityTagger() {
        Countries countries = new Countries();
        this.recognizers = Map.of(
                "ja", JapaneseEntities.chain(countries),
                "en", EnglishEntities.chain(countries),
                "zh", ChineseEntities.chain(countries));
    }

    /** Entities of an article in {@code language}; none for a language without a recognizer. */
    public List<EntityTag> tag(String language, String title, String body) {
        return group(mentions(language, title, body));
    }

    /** Every name found in title and body, before grouping; none for a language without a recognizer. */
    public List<EntityMention> mentions(String language, String title, String body) {
        EntityRecognizer recognizer = recognizers.get(language);
        if (recognizer == null) {
            return List.of();
        }
        List<EntityMention> mentions = new ArrayList<>(recognizer.recognize(TextField.TITLE, title));
        mentions.addAll(recognizer.recognize(TextField.BODY, body));
        return mentions;
    }

    /** Mentions grouped into entities (one per canonical name or key). */
    public List<EntityTag> group(List<EntityMention> mentions) {
        return grouper.group(mentions);
    }
}
