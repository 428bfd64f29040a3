package dev.newspipe.enrichment.entities.model;

/**
 * Receives a unit's features as name and value. Training turns them into strings for the learner; the
 * runtime hashes them in place ({@link FeatureHash}), so both see exactly the same features.
 */
interface FeatureSink {

    void add(String name, String value);

    /** A feature whose value is {@code text[from, to)}. */
    void add(String name, String text, int from, int to);
}
