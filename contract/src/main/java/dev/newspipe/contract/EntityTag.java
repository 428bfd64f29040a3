package dev.newspipe.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A person, organisation or location named in an article, with every mention of it.
 *
 * @param text       the surface form of the first mention
 * @param canonical  the one name all mentions are grouped under (「ドナルド・トランプ」 for 「トランプ」)
 * @param key        a language-independent identifier where the entity is known (ISO 3166 code for a
 *                   country, a gazetteer key otherwise); absent when unknown
 * @param confidence in [0, 1]
 */
public record EntityTag(
        String text,
        EntityType type,
        String canonical,
        @JsonInclude(JsonInclude.Include.NON_NULL) String key,
        double confidence,
        List<Mention> mentions) {

    public EntityTag {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
