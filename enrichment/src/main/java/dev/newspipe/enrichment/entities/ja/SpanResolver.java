package dev.newspipe.enrichment.entities.ja;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses among overlapping guesses: the longest span wins (日本郵政 over 日本, 神戸大学 over 神戸), then the
 * rule of higher priority (gazetteer over suffix rules over IPADIC tags), then the more confident one.
 * Linear in the text: taken characters are marked in an array.
 */
final class SpanResolver {

    private static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparingInt(Candidate::length).reversed()
            .thenComparing(Comparator.comparingInt(Candidate::priority).reversed())
            .thenComparing(Comparator.comparingDouble(Candidate::confidence).reversed())
            .thenComparingInt(Candidate::start);

    List<Candidate> resolve(List<Candidate> candidates, int textLength) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(BEST_FIRST);
        boolean[] taken = new boolean[textLength];
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : sorted) {
            if (isFree(taken, candidate.start(), candidate.end())) {
                for (int i = candidate.start(); i < candidate.end(); i++) {
                    taken[i] = true;
                }
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        return chosen;
    }

    /** {@code chosen} with {@code added} (spans a later rule found in the gaps), in text order. */
    static List<Candidate> withAdded(List<Candidate> chosen, List<Candidate> added) {
        if (added.isEmpty()) {
            return chosen;
        }
        List<Candidate> result = new ArrayList<>(chosen);
        result.addAll(added);
        result.sort(Comparator.comparingInt(Candidate::start));
        return result;
    }

    static boolean isFree(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
