package dev.newspipe.enrichment.entities.en;

import dev.newspipe.contract.EntityType;

/** A name span under consideration, tokens {@code [from, to)}; its type firms up as evidence comes in. */
final class Candidate {

    /** How sure the type is: a known name beats a keyword or title, which beats context, which beats a guess. */
    static final int KNOWN = 4;
    static final int STRONG = 3;
    static final int CONTEXT = 2;
    static final int WEAK = 1;
    static final int NONE = 0;

    final int from;
    final int to;
    EntityType type;
    String canonical;
    String key;
    int strength;
    /** End offset in the text when the mention ends inside its last token ("Tokyo" of "Tokyo-based"), else -1. */
    int end = -1;
    /** Known not to be an entity (a month, an event, a title alone). */
    boolean blocked;

    Candidate(int from, int to) {
        this.from = from;
        this.to = to;
    }

    Candidate typed(EntityType type, int strength) {
        this.type = type;
        this.strength = strength;
        return this;
    }

    int length() {
        return to - from;
    }

    boolean unknown() {
        return !blocked && type == null;
    }
}
