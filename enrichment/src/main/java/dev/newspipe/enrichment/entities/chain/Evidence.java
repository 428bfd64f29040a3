package dev.newspipe.enrichment.entities.chain;

/**
 * What a proposed span rests on: the one table of how far each kind of evidence is trusted. {@code rank} decides
 * between overlapping proposals of the same length (higher wins); {@code confidence} is the confidence a
 * mention found this way reports. Every annotator of every language names one of these instead of writing
 * its own numbers.
 */
public enum Evidence {

    /** A short form the text itself introduces for a name it found: 日本銀行（日銀）, "the Federal Reserve (Fed)". */
    ALIAS(5, 0.85),
    /** A title or honorific beside a person's name: 岸田首相, 王毅外长, "Prime Minister Keir Starmer". */
    TITLE(4, 0.8),
    /** A gazetteer entry: a country, a well-known person, organisation or place. */
    KNOWN(3, 0.95),
    /** A legal form or organisation prefix before a name: 株式会社〜, 中国〜集团有限公司. */
    LEGAL_FORM(3, 0.8),
    /** An organisation made of a place and a name, or followed by its head office: 浦安ブレイザーズ. */
    COMPOUND(3, 0.75),
    /** A suffix that types the word before it: 〜省, 〜大学, 〜县, "… Airport". */
    SUFFIX(2, 0.8),
    /** The shape of a name: katakana with middle dots, capitalised words, a surname and one or two characters. */
    SHAPE(2, 0.75),
    /** Where the span stands: the place a dateline opens with ("SEOUL, Nov. 3 —"), a team after a score ("a 2-1 win over X"). */
    POSITION(2, 0.8),
    /** A word around the span that types it: "the village of X", 位于X, X出身. */
    CONTEXT(2, 0.6),
    /** The learned sequence labeller. */
    MODEL(2, 0.7),
    /** A part-of-speech tagger's proper-noun tag (IPADIC 人名/組織/地域, SmartCN nr/ns/nt). */
    TAGGER(1, 0.6),
    /** A later mention of a name found in full elsewhere in the text: a family name alone, a repetition. */
    REFERENCE(1, 0.6),
    /**
     * A span typed by its look alone or by its neighbours: an all-caps word as an organisation, capitalised words as
     * a person, a list item as what the other items are, a name as what it was typed elsewhere. Untyped, a name-shaped
     * span that a refiner may still type (English), dropped if none does.
     */
    GUESS(0, 0.6);

    private final int rank;
    private final double confidence;

    Evidence(int rank, double confidence) {
        this.rank = rank;
        this.confidence = confidence;
    }

    public int rank() {
        return rank;
    }

    public double confidence() {
        return confidence;
    }
}
