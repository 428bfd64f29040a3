package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One field being scanned: folded text, its words, and the known names found in it (indexed by end). */
final class Scan {

    final String text;
    final Segmentation words;
    final List<Proposal> known;
    private final Map<Integer, Proposal> knownByEnd = new HashMap<>();
    private final Map<Integer, Proposal> knownByStart = new HashMap<>();
    private final java.util.Set<Integer> knownOrgEnds = new java.util.HashSet<>();
    private final java.util.BitSet covered = new java.util.BitSet();

    Scan(String text, Segmentation words, List<Proposal> known) {
        this.text = text;
        this.words = words;
        this.known = known;
        for (Proposal c : known) {
            knownByEnd.putIfAbsent(c.end(), c);
            knownByStart.putIfAbsent(c.start(), c);
            if (c.type() == EntityType.ORGANIZATION) {
                knownOrgEnds.add(c.end());
            }
            covered.set(c.start() + 1, c.end());
        }
    }

    /** A known place or organisation ending exactly at {@code pos}, or null. */
    Proposal knownPlaceOrOrgEndingAt(int pos) {
        Proposal c = knownByEnd.get(pos);
        return c != null && c.type() != EntityType.PERSON ? c : null;
    }

    /** Whether a known name covers both {@code pos - 1} and {@code pos}. */
    boolean insideKnown(int pos) {
        return covered.get(pos);
    }

    boolean knownOrganizationEndsAt(int pos) {
        return knownOrgEnds.contains(pos);
    }

    Proposal knownStartingAt(int pos) {
        return knownByStart.get(pos);
    }

    char charAt(int pos) {
        return pos >= 0 && pos < text.length() ? text.charAt(pos) : '\0';
    }
}
