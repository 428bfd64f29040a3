package dev.newspipe.contract;

/**
 * The versions of an article (README, "Delivery guarantees"). An id belongs to the publisher that first used it;
 * that publisher's post of different content under it is the next version, kept as such downstream. The three
 * fields that say so ({@code version}, {@code updated_at}, {@code publisher}) were added to schema v1 as optional
 * fields: a record written before them reads as version 1, updated when it was ingested, by no named publisher.
 */
public final class Versioning {

    /** The version of a record that carries none. */
    public static final int FIRST = 1;

    private Versioning() {
    }

    /** {@code version}, or {@link #FIRST} when absent; a version below 1 is not one. */
    static int version(Integer version) {
        if (version == null) {
            return FIRST;
        }
        if (version < FIRST) {
            throw new IllegalArgumentException("version must be 1 or more, not " + version);
        }
        return version;
    }
}
