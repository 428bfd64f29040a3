package dev.newspipe.enrichment.dates;

import java.util.Map;

/**
 * A span of text matched by one rule of a {@link DateGrammar}, with the text of each named group that took
 * part in the match.
 */
record DateMatch(int start, int end, DateGrammar.Rule rule, Map<String, String> groups) {

    int length() {
        return end - start;
    }

    String group(String name) {
        return groups.get(name);
    }

    boolean has(String name) {
        return groups.containsKey(name);
    }
}
