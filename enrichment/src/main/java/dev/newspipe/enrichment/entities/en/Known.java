package dev.newspipe.enrichment.entities.en;

import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Gazetteer;
import dev.newspipe.enrichment.entities.chain.Proposal;

/** Proposals for gazetteer entries: the known entity, or a blocker for a phrase known to name nothing. */
final class Known {

    private Known() {
    }

    static Proposal proposal(EnglishText tx, int from, int to, Gazetteer.Entry e) {
        int start = tx.tokens.get(from).start();
        int end = tx.tokens.get(to - 1).end();
        return e.type() == null ? Proposal.blocker(start, end, Evidence.KNOWN)
                : Proposal.known(start, end, e.type(), e.canonical(), e.key(), Evidence.KNOWN);
    }
}
