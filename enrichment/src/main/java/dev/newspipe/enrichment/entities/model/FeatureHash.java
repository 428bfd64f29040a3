package dev.newspipe.enrichment.entities.model;

/**
 * 64-bit FNV-1a of a feature's string form {@code name + SEPARATOR + value}, computed without building
 * the string. The exporter hashes the learner's feature strings with {@link #of(String)}; the runtime
 * hashes name and value in place: both give the same number for the same feature.
 */
final class FeatureHash {

    static final char SEPARATOR = '\u001F';
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    static long of(String feature) {
        return chars(OFFSET, feature, 0, feature.length());
    }

    static long of(String name, String text, int from, int to) {
        long h = chars(OFFSET, name, 0, name.length());
        h = (h ^ SEPARATOR) * PRIME;
        return chars(h, text, from, to);
    }

    private static long chars(long h, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }
}
