package dev.newspipe.enrichment.entities.chain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses among overlapping proposals, the same way for every language: the longest span wins (日本郵政 over 日本,
 * "Bank of Japan" over "Japan"), then the higher-ranked {@link Evidence}, then the more confident, then the
 * earlier. Chosen spans never overlap; blockers take their characters and are then dropped. Linear in the text
 * after the sort: taken characters are marked in an array.
 */
public final class Arbitration {

    static final Comparator<Proposal> BEST_FIRST = Comparator
            .comparingInt(Proposal::length).reversed()
            .thenComparing(Comparator.comparingInt((Proposal p) -> p.evidence().rank()).reversed())
            .thenComparing(Comparator.comparingDouble(Proposal::confidence).reversed())
            .thenComparingInt(Proposal::start);

    private Arbitration() {
    }

    /** Non-overlapping proposals, blockers included, in text order. */
    public static List<Proposal> choose(List<Proposal> proposals, int textLength) {
        List<Proposal> sorted = new ArrayList<>(proposals);
        sorted.sort(BEST_FIRST);
        boolean[] taken = new boolean[textLength];
        List<Proposal> chosen = new ArrayList<>();
        for (Proposal p : sorted) {
            if (isFree(taken, p.start(), p.end())) {
                for (int i = p.start(); i < p.end(); i++) {
                    taken[i] = true;
                }
                chosen.add(p);
            }
        }
        chosen.sort(Comparator.comparingInt(Proposal::start));
        return chosen;
    }

    /** {@code chosen} with {@code added} (spans a refiner found in the gaps), in text order. */
    public static List<Proposal> withAdded(List<Proposal> chosen, List<Proposal> added) {
        if (added.isEmpty()) {
            return chosen;
        }
        List<Proposal> result = new ArrayList<>(chosen);
        result.addAll(added);
        result.sort(Comparator.comparingInt(Proposal::start));
        return result;
    }

    private static boolean isFree(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
