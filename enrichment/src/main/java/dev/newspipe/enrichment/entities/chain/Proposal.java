package dev.newspipe.enrichment.entities.chain;

import dev.newspipe.contract.EntityType;

/**
 * A typed span one annotator proposes in one field, before arbitration: UTF-16 offsets into the field's text.
 * A null {@code type} is a blocker: a phrase known to name nothing (日経平均, "the Nobel Prize") that keeps
 * shorter proposals inside it from being chosen, and is itself never reported.
 *
 * @param canonical the entity's canonical name when known (a gazetteer entry), else null
 * @param key       the language-independent key when known, else null
 */
public record Proposal(int start, int end, EntityType type, String canonical, String key, Evidence evidence,
        double confidence) {

    public Proposal {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span [" + start + ", " + end + ")");
        }
    }

    /** An unknown name, with its evidence's confidence. */
    public static Proposal of(int start, int end, EntityType type, Evidence evidence) {
        return new Proposal(start, end, type, null, null, evidence, evidence.confidence());
    }

    /** A name whose entity is known (a gazetteer entry, or a name found in full elsewhere). */
    public static Proposal known(int start, int end, EntityType type, String canonical, String key, Evidence evidence) {
        return new Proposal(start, end, type, canonical, key, evidence, evidence.confidence());
    }

    /** A phrase that names nothing, and keeps what is inside it from being a name. */
    public static Proposal blocker(int start, int end, Evidence evidence) {
        return new Proposal(start, end, null, null, null, evidence, evidence.confidence());
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    public boolean isBlocker() {
        return type == null;
    }

    /** The same span and entity under other evidence (an alias keeps what it abbreviates). */
    public Proposal withSpan(int newStart, int newEnd, Evidence newEvidence) {
        return new Proposal(newStart, newEnd, type, canonical, key, newEvidence,
                Math.min(confidence, newEvidence.confidence()));
    }
}
