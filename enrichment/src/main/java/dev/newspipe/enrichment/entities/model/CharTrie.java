package dev.newspipe.enrichment.entities.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Strings mapped to a value, matched against a text in place (no substrings). Built once, then frozen
 * into arrays: each node's edges sorted by character and searched by bisection.
 */
final class CharTrie {

    private final int[] firstEdge;
    private final int[] edgeCount;
    private final char[] edgeChar;
    private final int[] edgeTarget;
    private final String[] value;

    private CharTrie(int[] firstEdge, int[] edgeCount, char[] edgeChar, int[] edgeTarget, String[] value) {
        this.firstEdge = firstEdge;
        this.edgeCount = edgeCount;
        this.edgeChar = edgeChar;
        this.edgeTarget = edgeTarget;
        this.value = value;
    }

    /** Collects entries; the first value given for a key wins. */
    static final class Builder {
        private final List<TreeMap<Character, Integer>> children = new ArrayList<>();
        private final List<String> values = new ArrayList<>();

        Builder() {
            newNode();
        }

        private int newNode() {
            children.add(new TreeMap<>());
            values.add(null);
            return children.size() - 1;
        }

        Builder put(String key, String val) {
            if (key.isEmpty()) {
                return this;
            }
            int node = 0;
            for (int i = 0; i < key.length(); i++) {
                Integer next = children.get(node).get(key.charAt(i));
                if (next == null) {
                    next = newNode();
                    children.get(node).put(key.charAt(i), next);
                }
                node = next;
            }
            if (values.get(node) == null) {
                values.set(node, val);
            }
            return this;
        }

        CharTrie build() {
            int nodes = children.size();
            int edges = children.stream().mapToInt(TreeMap::size).sum();
            int[] first = new int[nodes];
            int[] count = new int[nodes];
            char[] chars = new char[edges];
            int[] targets = new int[edges];
            int e = 0;
            for (int n = 0; n < nodes; n++) {
                first[n] = e;
                count[n] = children.get(n).size();
                for (var edge : children.get(n).entrySet()) {
                    chars[e] = edge.getKey();
                    targets[e] = edge.getValue();
                    e++;
                }
            }
            return new CharTrie(first, count, chars, targets, values.toArray(String[]::new));
        }
    }

    private int step(int node, char c) {
        int from = firstEdge[node];
        int i = Arrays.binarySearch(edgeChar, from, from + edgeCount[node], c);
        return i < 0 ? -1 : edgeTarget[i];
    }

    /** The value of exactly {@code text[from, to)}, or null. */
    String exact(String text, int from, int to) {
        int node = 0;
        for (int i = from; i < to && node >= 0; i++) {
            node = step(node, text.charAt(i));
        }
        return node < 0 ? null : value[node];
    }

    /**
     * Walks the text from {@code from} and reports, in {@code ends}, every position up to {@code limit}
     * where a key ends (its value in {@code values}); returns how many.
     */
    int matchesAt(String text, int from, int limit, int[] ends, String[] values) {
        int node = 0;
        int n = 0;
        for (int i = from; i < limit; i++) {
            node = step(node, text.charAt(i));
            if (node < 0) {
                break;
            }
            if (value[node] != null && n < ends.length) {
                ends[n] = i + 1;
                values[n] = value[node];
                n++;
            }
        }
        return n;
    }
}
