package dev.newspipe.enrichment.entities.model;

/**
 * 64-bit hashes of features. A feature is a name and a value ({@code name + SEPARATOR + value} as the learner
 * sees it); its hash combines the FNV-1a hashes of the two parts, so that the runtime can hash each unit's
 * values once and reuse them for every feature that reads them (the word at offsets -2…+2). The exporter
 * hashes the learner's strings with {@link #of(String)}; both give the same number for the same feature.
 */
final class FeatureHash {

    static final char SEPARATOR = '\u001F';
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    /** A feature's hash from its string form, name SEPARATOR value. */
    static long of(String feature) {
        int separator = feature.indexOf(SEPARATOR);
        return combine(value(feature, 0, separator), value(feature, separator + 1, feature.length()));
    }

    static long value(String s) {
        return value(s, 0, s.length());
    }

    static long value(String s, int from, int to) {
        long h = OFFSET;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }

    /** The feature's hash from the hashes of its name and value (MurmurHash3's 64-bit finaliser). */
    static long combine(long name, long value) {
        long h = name * 0x9E3779B97F4A7C15L + value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
