package dev.newspipe.enrichment.entities;

import dev.newspipe.contract.EntityType;
import dev.newspipe.contract.TextField;
import dev.newspipe.enrichment.entities.chain.Evidence;

/**
 * One name found in one field: what a language's recognizer reports before mentions are grouped
 * into entities.
 *
 * @param text       exactly {@code fieldText.substring(start, end)} (UTF-16 offsets), without titles,
 *                   honorifics or particles
 * @param canonical  the entity's canonical name when the recognizer knows it (a gazetteer entry), else null
 * @param key        a language-independent key when known (ISO 3166 alpha-2 for countries, else the slug of
 *                   the English canonical name, e.g. {@code xi-jinping}), else null
 * @param confidence in [0, 1]: gazetteer hits high, pattern guesses lower
 * @param evidence   what the span rests on (which kind of annotator won it), or null from a recogniser
 *                   that is not an {@link dev.newspipe.enrichment.entities.chain.EntityChain}
 */
public record EntityMention(String text, EntityType type, TextField field, int start, int end, String canonical,
        String key, double confidence, Evidence evidence) {

    public EntityMention(String text, EntityType type, TextField field, int start, int end, String canonical,
            String key, double confidence) {
        this(text, type, field, start, end, canonical, key, confidence, null);
    }
}
