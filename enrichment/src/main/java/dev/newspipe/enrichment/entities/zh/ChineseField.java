package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.ArrayList;
import java.util.List;

/**
 * One field of Chinese text as the annotators read it, analysed in stages because the rules build on each other's
 * places: the text folded to Simplified and cut into words, the gazetteer's names ({@code known}), the places the
 * place rules find from those ({@code places}: 玉树藏族自治州|治多县), and the names that open organisations' and
 * people's names ({@code anchored}: the known names plus the administrative places found by the rules, wherever
 * they stand as words: 巩义市|应急管理局). The organisation and person rules read {@code anchored}; what each stage
 * found is also proposed for arbitration, by {@link KnownNames} and {@link PlaceNames}.
 *
 * @param original the field as written (the name model folds it its own way)
 * @param text     the field folded ({@link ChineseFold}): what the rules read
 * @param refound the administrative places of {@code places} found again elsewhere in the text
 */
record ChineseField(String original, String text, Segmentation words, Scan known, List<Proposal> places, List<Proposal> refound,
        Scan anchored) {

    /** The names the analysis read: the gazetteer's and the places the place rules found (guesses start after these). */
    List<Proposal> readNames() {
        List<Proposal> read = new ArrayList<>(known.known);
        read.addAll(places);
        read.addAll(refound);
        return read;
    }
}
