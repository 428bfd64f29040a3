package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.List;

/** The characters of a field that chosen spans cover, so that a refiner adds names only in the gaps. */
final class TakenChars {

    private final boolean[] taken;

    TakenChars(int textLength, List<Proposal> chosen) {
        this.taken = new boolean[textLength];
        for (Proposal p : chosen) {
            take(p.start(), p.end());
        }
    }

    boolean isFree(int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    boolean isTaken(int offset) {
        return taken[offset];
    }

    void take(int start, int end) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
    }
}
