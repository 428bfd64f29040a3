package dev.newspipe.enrichment.dates;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sentence (or clause) boundaries of a text: offsets where a new unit starts. */
final class Boundaries {

    private final int[] starts;
    private final int length;

    Boundaries(String text, Pattern boundary) {
        this(text, boundary, 0, text.length());
    }

    Boundaries(String text, Pattern boundary, int from, int to) {
        Matcher m = boundary.matcher(text);
        m.region(from, to);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int[] found = new int[16];
        int n = 0;
        found[n++] = from;
        while (m.find()) {
            if (m.end() == m.start() && m.end() == found[n - 1]) {
                continue;
            }
            if (n == found.length) {
                found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = m.end();
        }
        this.starts = Arrays.copyOf(found, n);
        this.length = to;
    }

    /** The index of the unit holding offset {@code pos}. */
    int indexOf(int pos) {
        int i = Arrays.binarySearch(starts, pos);
        return i >= 0 ? i : -i - 2;
    }

    int startOf(int index) {
        return starts[Math.max(index, 0)];
    }

    int endOf(int index) {
        return index + 1 < starts.length ? starts[index + 1] : length;
    }
}
