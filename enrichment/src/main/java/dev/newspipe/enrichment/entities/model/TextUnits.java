package dev.newspipe.enrichment.entities.model;

/**
 * Turns a text into the units the features read: folded, segmented, marked by the lexicon. The same for
 * training and labelling. Immutable and thread-safe.
 */
final class TextUnits {

    private final String language;
    private final TextFold fold;
    private final Segmenter segmenter;
    private final Lexicon lexicon;

    private TextUnits(String language, TextFold fold, Segmenter segmenter, Lexicon lexicon) {
        this.language = language;
        this.fold = fold;
        this.segmenter = segmenter;
        this.lexicon = lexicon;
    }

    static TextUnits forLanguage(String language) {
        Segmenter segmenter = Segmenter.forLanguage(language);
        TextFold fold = TextFold.forLanguage(language);
        return new TextUnits(language, fold, segmenter, Lexicon.load(language, fold));
    }

    String language() {
        return language;
    }

    Units of(String text) {
        String folded = fold.apply(text);
        Units u = new Units(folded, TextFold.lower(folded), text.length() / 2);
        segmenter.segment(u);
        lexicon.mark(u);
        FeatureExtractor.shapes(u);
        return u;
    }
}
