package dev.newspipe.enrichment.entities.ja;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable character trie for dictionary matching in one pass over the text, without building
 * substrings: edges live in one hash map keyed by (node, char). Built once in a constructor, then only read,
 * so it is safe to share between threads.
 *
 * @param <V> what a complete key maps to
 */
final class CharTrie<V> {

    private final Map<Long, Integer> edges = new HashMap<>();
    private final List<V> values = new ArrayList<>();

    CharTrie() {
        values.add(null); // the root
    }

    /** Adds {@code key} (already folded) with its value; a later value for the same key replaces the earlier. */
    void put(CharSequence key, V value) {
        int node = 0;
        for (int i = 0; i < key.length(); i++) {
            long edge = edge(node, key.charAt(i));
            Integer next = edges.get(edge);
            if (next == null) {
                next = values.size();
                values.add(null);
                edges.put(edge, next);
            }
            node = next;
        }
        values.set(node, value);
    }

    /** Whether no key has been added. */
    boolean isEmpty() {
        return values.size() == 1;
    }

    /**
     * Every key starting at {@code start} in {@code text}: their end offsets, longest first, into {@code ends}
     * (cleared first). Reads {@code text} forwards.
     */
    void matchesFrom(CharSequence text, int start, List<Integer> ends) {
        ends.clear();
        int node = 0;
        for (int i = start; i < text.length(); i++) {
            Integer next = edges.get(edge(node, text.charAt(i)));
            if (next == null) {
                break;
            }
            node = next;
            if (values.get(node) != null) {
                ends.add(0, i + 1);
            }
        }
    }

    /**
     * Every key ending at {@code end} in {@code text}, for a trie built from reversed keys: their start
     * offsets, longest key first, into {@code starts} (cleared first). Reads {@code text} backwards.
     */
    void matchesBackFrom(CharSequence text, int end, List<Integer> starts) {
        starts.clear();
        int node = 0;
        for (int i = end - 1; i >= 0; i--) {
            Integer next = edges.get(edge(node, text.charAt(i)));
            if (next == null) {
                break;
            }
            node = next;
            if (values.get(node) != null) {
                starts.add(0, i);
            }
        }
    }

    /** The value of the key spelled by {@code text[start, end)}, or null. */
    V get(CharSequence text, int start, int end) {
        int node = 0;
        for (int i = start; i < end; i++) {
            Integer next = edges.get(edge(node, text.charAt(i)));
            if (next == null) {
                return null;
            }
            node = next;
        }
        return values.get(node);
    }

    /** The value reached after reading {@code text[start, end)} backwards from {@code end}, in a reversed trie. */
    V getBackwards(CharSequence text, int start, int end) {
        int node = 0;
        for (int i = end - 1; i >= start; i--) {
            Integer next = edges.get(edge(node, text.charAt(i)));
            if (next == null) {
                return null;
            }
            node = next;
        }
        return values.get(node);
    }

    private static long edge(int node, char c) {
        return ((long) node << 16) | c;
    }
}
