package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Names are read left to right, the analysed ones first. A guessed name that starts inside a name read before it and
 * runs on past that name's end misplaces its own start (四川省资阳市安岳县 read as 资阳市 and 阳市安岳县, 以色列·普特南
 * as 以色列 and 列·普特南): the guessing rules find a name's end by its suffix or cue and walk back to its start, so
 * the start is their weak side. Arbitration would take the longer of two crossing spans; the rules drop such a
 * guess first, so that the name to the left keeps its characters. A guess spelling exactly a name the analysis
 * read (a place after a country, 匈牙利|德布勒森, guessed again as a person before 说) is that name, and is dropped
 * too. A name inside another, or starting where another ends, is left to arbitration.
 */
final class CrossingNames {

    private CrossingNames() {
    }

    /**
     * {@code found} without the proposals that cross, from the right, one of {@code readBefore} or of {@code found},
     * and without those with the span of one of {@code readBefore}.
     */
    static List<Proposal> withoutCrossings(List<Proposal> found, List<Proposal> readBefore) {
        if (found.isEmpty()) {
            return found;
        }
        Set<Long> readSpans = new HashSet<>();
        for (Proposal p : readBefore) {
            readSpans.add(span(p));
        }
        List<Proposal> all = new ArrayList<>(readBefore);
        all.addAll(found);
        all.sort(Comparator.comparingInt(Proposal::start));
        // ends of the spans that start before the current start, with their counts
        TreeMap<Integer, Integer> ends = new TreeMap<>();
        List<Proposal> kept = new ArrayList<>(found.size());
        int next = 0;
        for (Proposal p : sortedByStart(found)) {
            while (next < all.size() && all.get(next).start() < p.start()) {
                ends.merge(all.get(next).end(), 1, Integer::sum);
                next++;
            }
            Integer end = ends.higherKey(p.start());
            boolean crossing = end != null && end < p.end();
            if (!crossing && !readSpans.contains(span(p))) {
                kept.add(p);
            }
        }
        return kept;
    }

    private static long span(Proposal p) {
        return ((long) p.start() << 32) | p.end();
    }

    private static List<Proposal> sortedByStart(List<Proposal> proposals) {
        List<Proposal> sorted = new ArrayList<>(proposals);
        sorted.sort(Comparator.comparingInt(Proposal::start));
        return sorted;
    }
}
