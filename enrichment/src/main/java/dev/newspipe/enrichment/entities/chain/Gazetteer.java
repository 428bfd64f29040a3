package dev.newspipe.enrichment.entities.chain;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.Resources;
import dev.newspipe.enrichment.entities.Countries;
import dev.newspipe.enrichment.entities.EntityGrouper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Known names of one language in a character trie: every name starting at a position of the folded text in one
 * pass, longest first, without building substrings. The one gazetteer of every language, built from
 * {@code entities/<lang>/gazetteer.tsv} ({@code surface<TAB>TYPE<TAB>canonical}; TYPE NONE marks a phrase that
 * contains a name without being one, 日経平均) and the countries of {@link Countries}. The first entry for a
 * surface wins. Immutable once built, so it is shared between threads.
 */
public final class Gazetteer {

    /**
     * What a known surface denotes.
     *
     * @param surface the entry as written in its file (for case checks: "WHO" is not "Who")
     * @param type    null for a blocker
     * @param country whether it is a country (from {@link Countries} or with an ISO code as key)
     */
    public record Entry(String surface, EntityType type, String canonical, String key, boolean country) {
    }

    /** A known name at {@code [start, end)} of the folded text. */
    public record Match(int start, int end, Entry entry) {
    }

    private final CharFold fold;
    /**
     * Edges of the trie, (node, char) → child node, in an open-addressing table of primitives: looked up for every
     * character of every text, so no boxing and a multiplicative hash that spreads (node, char) pairs.
     */
    private final long[] edgeKeys;
    private final int[] edgeChildren;
    private final int shift;
    /** values[node]: the entry ending at that node, or null. */
    private final Entry[] values;

    private Gazetteer(Builder builder) {
        this.fold = builder.fold;
        int bits = Math.max(4, 64 - Long.numberOfLeadingZeros(builder.edges.size() * 2L));
        this.shift = 64 - bits;
        this.edgeKeys = new long[1 << bits];
        this.edgeChildren = new int[1 << bits];
        java.util.Arrays.fill(edgeKeys, -1L);
        builder.edges.forEach((edge, child) -> {
            int slot = slot(edge);
            while (edgeKeys[slot] != -1L) {
                slot = (slot + 1) & (edgeKeys.length - 1);
            }
            edgeKeys[slot] = edge;
            edgeChildren[slot] = child;
        });
        this.values = builder.values.toArray(new Entry[0]);
    }

    private int slot(long edge) {
        return (int) ((edge * 0x9E3779B97F4A7C15L) >>> shift);
    }

    /** The child of {@code node} by {@code c}, or -1. */
    private int child(int node, char c) {
        long edge = edge(node, c);
        for (int slot = slot(edge); ; slot = (slot + 1) & (edgeKeys.length - 1)) {
            long key = edgeKeys[slot];
            if (key == edge) {
                return edgeChildren[slot];
            }
            if (key == -1L) {
                return -1;
            }
        }
    }

    public static Builder builder(CharFold fold) {
        return new Builder(fold);
    }

    public CharFold fold() {
        return fold;
    }

    /** Every entry starting at {@code start} of {@code folded}, longest first, into {@code out} (cleared first). */
    public void matchesAt(CharSequence folded, int start, List<Match> out) {
        out.clear();
        int node = 0;
        for (int i = start; i < folded.length(); i++) {
            node = child(node, folded.charAt(i));
            if (node < 0) {
                break;
            }
            Entry entry = values[node];
            if (entry != null) {
                out.add(0, new Match(start, i + 1, entry));
            }
        }
    }

    /** Every entry starting at {@code start} of {@code folded}, longest first. */
    public List<Match> matchesAt(CharSequence folded, int start) {
        List<Match> out = new ArrayList<>(2);
        matchesAt(folded, start, out);
        return out;
    }

    /** The entry spelled exactly by {@code folded[start, end)}, or null. */
    public Entry at(CharSequence folded, int start, int end) {
        int node = 0;
        for (int i = start; i < end; i++) {
            node = child(node, folded.charAt(i));
            if (node < 0) {
                return null;
            }
        }
        return values[node];
    }

    /** The entry of {@code surface} (folded here), or null. */
    public Entry get(String surface) {
        String folded = fold.fold(surface);
        return at(folded, 0, folded.length());
    }

    public boolean contains(String surface) {
        return get(surface) != null;
    }

    private static long edge(int node, char c) {
        return ((long) node << 16) | c;
    }

    /** Collects entries; the first one added for a surface wins. */
    public static final class Builder {

        private final CharFold fold;
        private final Map<Long, Integer> edges = new HashMap<>();
        private final List<Entry> values = new ArrayList<>();

        private Builder(CharFold fold) {
            this.fold = fold;
            values.add(null); // the root
        }

        /** Every country name {@link Countries} knows in {@code language} of at least {@code minLength} chars. */
        public Builder addCountries(Countries countries, String language, int minLength) {
            for (Map.Entry<String, Countries.Country> country : countries.names(language).entrySet()) {
                if (country.getKey().length() >= minLength) {
                    add(new Entry(country.getKey(), EntityType.LOCATION, country.getValue().englishName(),
                            country.getValue().code(), true));
                }
            }
            return this;
        }

        /**
         * The rows of a gazetteer file: surface, TYPE (PERSON, ORGANIZATION, LOCATION or NONE), canonical (the
         * surface when blank); the key is the canonical name's slug. Fails on a missing file or a malformed row.
         */
        public Builder addFile(String resource) {
            for (String[] row : Resources.tsv(resource)) {
                if (row.length < 2) {
                    throw new IllegalArgumentException(resource + ": expected surface<TAB>TYPE[<TAB>canonical], got "
                            + String.join("\\t", row));
                }
                String surface = row[0].strip();
                String typeName = row[1].strip().toUpperCase(Locale.ROOT);
                EntityType type = typeName.equals("NONE") ? null : EntityType.valueOf(typeName);
                String canonical = row.length > 2 && !row[2].isBlank() ? row[2].strip() : surface;
                add(new Entry(surface, type, canonical, EntityGrouper.slug(canonical), false));
            }
            return this;
        }

        /** Adds one entry under its folded surface, unless that surface has an entry already. */
        public Builder add(Entry entry) {
            String key = fold.fold(entry.surface());
            if (key.isEmpty()) {
                return this;
            }
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
            if (values.get(node) == null) {
                values.set(node, entry);
            }
            return this;
        }

        public Gazetteer build() {
            return new Gazetteer(this);
        }
    }
}
