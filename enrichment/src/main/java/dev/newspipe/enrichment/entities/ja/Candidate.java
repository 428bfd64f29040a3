package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.contract.EntityType;

/**
 * A possible name span in one field, before overlapping guesses are resolved.
 *
 * @param priority which rule proposed it: a higher priority wins over an overlapping span of the same length
 */
record Candidate(int start, int end, EntityType type, String canonical, String key, double confidence, int priority) {

    int length() {
        return end - start;
    }

    boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
