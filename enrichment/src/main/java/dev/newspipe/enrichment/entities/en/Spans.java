package dev.newspipe.enrichment.entities.en;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Proposal;

/**
 * How firm a chosen span's type is, read off its {@link Evidence}, for the refiners that type what is still open:
 * a known name beats a keyword, title or shape, which beats context, which beats a guess. An untyped
 * {@link Evidence#GUESS} is a name-shaped span whose type is still open; any other untyped span is a blocker.
 */
final class Spans {

    static final int KNOWN = 4;
    static final int STRONG = 3;
    static final int CONTEXT = 2;
    static final int WEAK = 1;
    static final int NONE = 0;

    private Spans() {
    }

    static int firmness(Proposal p) {
        if (p.type() == null) {
            return NONE;
        }
        return switch (p.evidence()) {
            case KNOWN -> KNOWN;
            case ALIAS, TITLE, LEGAL_FORM, COMPOUND, SUFFIX, SHAPE, POSITION, REFERENCE -> STRONG;
            case CONTEXT -> CONTEXT;
            case MODEL, TAGGER, GUESS -> WEAK;
        };
    }

    /** Name-shaped, type still open. */
    static boolean isUnknown(Proposal p) {
        return p.type() == null && p.evidence() == Evidence.GUESS;
    }

    /** Known to name nothing. */
    static boolean isBlocked(Proposal p) {
        return p.type() == null && p.evidence() != Evidence.GUESS;
    }

    /** The same span and entity, typed anew. */
    static Proposal typed(Proposal p, EntityType type, Evidence evidence) {
        return new Proposal(p.start(), p.end(), type, p.canonical(), p.key(), evidence, evidence.confidence());
    }
}
