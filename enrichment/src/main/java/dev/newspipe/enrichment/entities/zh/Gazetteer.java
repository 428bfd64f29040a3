package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.contract.EntityType;

import java.util.HashMap;
import java.util.Map;

/** Known names in a character trie: the longest known name starting at a position, in time linear in its length. */
final class Gazetteer {

    /** A known name: its type, English canonical name and grouping key. */
    record Entry(EntityType type, String canonical, String key, boolean country) {
    }

    record Match(int start, int end, Entry entry) {
    }

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        Entry entry;
    }

    private final Node root = new Node();

    /** Adds {@code surface} (already folded); a later entry for the same surface does not replace an earlier one. */
    void add(String surface, Entry entry) {
        if (surface.isEmpty()) {
            return;
        }
        Node node = root;
        for (int i = 0; i < surface.length(); i++) {
            node = node.next.computeIfAbsent(surface.charAt(i), c -> new Node());
        }
        if (node.entry == null) {
            node.entry = entry;
        }
    }

    boolean contains(String surface) {
        Node node = root;
        for (int i = 0; i < surface.length() && node != null; i++) {
            node = node.next.get(surface.charAt(i));
        }
        return node != null && node.entry != null;
    }

    /** Every known name starting at {@code from}, longest first. */
    java.util.List<Match> all(String text, int from) {
        java.util.List<Match> found = new java.util.ArrayList<>(2);
        Node node = root;
        for (int i = from; i < text.length(); i++) {
            node = node.next.get(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.entry != null) {
                found.add(0, new Match(from, i + 1, node.entry));
            }
        }
        return found;
    }
}
