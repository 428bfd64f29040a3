package dev.newspipe.enrichment.entities.model;

/**
 * Receives a unit's features as name and value, with the value's hash ({@link FeatureHash#value}). Training
 * turns them into strings for the learner; the runtime combines the hashes, so both see the same features.
 */
interface FeatureSink {

    void add(FeatureName name, String value, long valueHash);

    /** A feature whose value is {@code text[from, to)}. */
    void add(FeatureName name, String text, int from, int to, long valueHash);
}
