package dev.newspipe.contract;

/**
 * Where the IPTC Media Topics vocabulary lives: one TSV on the classpath of every module that depends on the
 * contract (columns code, parent, top, level, English name, Chinese label; © IPTC, CC BY 4.0). The enricher
 * tags with these codes and the store loads them as its topic tree, so both read this one copy.
 */
public final class MediaTopicsVocabulary {

    /** Classpath resource of the vocabulary. */
    public static final String RESOURCE = "/iptc/mediatopics.tsv";

    private MediaTopicsVocabulary() {
    }
}
