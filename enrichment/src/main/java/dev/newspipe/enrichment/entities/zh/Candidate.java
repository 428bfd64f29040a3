package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.contract.EntityType;

/**
 * A possible name at [start, end) of the folded text. {@code rank} orders rivals for the same span: known
 * names (gazetteer) before pattern guesses.
 */
record Candidate(int start, int end, EntityType type, String canonical, String key, double confidence, int rank) {

    static final int RULE = 1;
    static final int KNOWN = 2;

    static Candidate known(Gazetteer.Match m) {
        return new Candidate(m.start(), m.end(), m.entry().type(), m.entry().canonical(), m.entry().key(), 0.9, KNOWN);
    }

    static Candidate guess(int start, int end, EntityType type, double confidence) {
        return new Candidate(start, end, type, null, null, confidence, RULE);
    }

    int length() {
        return end - start;
    }
}
