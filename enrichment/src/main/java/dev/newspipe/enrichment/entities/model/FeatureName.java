package dev.newspipe.enrichment.entities.model;

/** A feature's name with its hash, computed once. */
record FeatureName(String text, long hash) {

    static FeatureName of(String text) {
        return new FeatureName(text, FeatureHash.value(text));
    }
}
