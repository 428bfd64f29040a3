package dev.newspipe.enrichment.entities.model;

import dev.newspipe.enrichment.Resources;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * What the rules know, as features: gazetteer names (a unit inside a known name gets B-/I-TYPE) and cue
 * words (a unit that is a title, a suffix, a surname gets the list's mark; in lower case, so that a capitalised
 * common English word is told as one). The model learns how far to trust each. Immutable.
 */
final class Lexicon {

    private static final Map<String, Locale> COUNTRY_NAMES = Map.of(
            "ja", Locale.JAPANESE, "zh", Locale.SIMPLIFIED_CHINESE, "en", Locale.ENGLISH);
    private static final int MAX_UNITS_PER_NAME = 8;

    private final CharTrie names;
    private final CharTrie words;

    private Lexicon(CharTrie names, CharTrie words) {
        this.names = names;
        this.words = words;
    }

    static Lexicon load(String language, TextFold fold) {
        CharTrie.Builder names = new CharTrie.Builder();
        for (ModelResources.GazetteerFile file : ModelResources.GAZETTEERS.get(language)) {
            List<String[]> rows = rows(file.path());
            for (String[] row : rows) {
                String first = row[0].strip();
                switch (file.layout()) {
                    case SURFACE_TYPE -> {
                        if (row.length > 1) {
                            names.put(fold.apply(first), row[1].strip());
                        }
                    }
                    case COUNTRIES -> names.put(fold.apply(first), "LOCATION");
                }
            }
        }
        Locale display = COUNTRY_NAMES.get(language);
        for (String code : Locale.getISOCountries()) {
            names.put(fold.apply(new Locale("", code).getDisplayCountry(display)), "LOCATION");
        }
        CharTrie.Builder words = new CharTrie.Builder();
        for (ModelResources.WordList list : ModelResources.WORD_LISTS.get(language)) {
            for (String[] row : rows(list.path())) {
                // .txt lists hold words separated by spaces; .tsv lists a word in the first column.
                String[] entries = list.path().endsWith(".tsv") ? new String[] {row[0]} : row[0].strip().split("\\s+");
                for (String word : entries) {
                    words.put(TextFold.lower(fold.apply(word.strip())), list.mark());
                }
            }
        }
        return new Lexicon(names.build(), words.build());
    }

    private static List<String[]> rows(String path) {
        List<String[]> rows = Resources.tsv(path);
        if (rows.isEmpty()) {
            throw new MissingResourceException("The name model's feature list " + path + " is missing or empty",
                    Lexicon.class.getName(), path);
        }
        return rows;
    }

    /** Sets each unit's gazetteer mark (longest known name starting and ending on unit edges) and word mark. */
    void mark(Units u) {
        String[] gazetteer = new String[u.count];
        String[] list = new String[u.count];
        int[] ends = new int[16];
        String[] values = new String[16];
        String text = u.text;
        for (int i = 0; i < u.count; i++) {
            list[i] = words.exact(u.lower, u.start[i], u.end[i]);
            if (gazetteer[i] != null) {
                continue;
            }
            int limit = u.end[Math.min(u.count, i + MAX_UNITS_PER_NAME) - 1];
            int found = names.matchesAt(text, u.start[i], limit, ends, values);
            // The longest match that ends where a unit ends.
            for (int m = found - 1; m >= 0; m--) {
                int j = i;
                while (j < u.count && u.end[j] < ends[m]) {
                    j++;
                }
                if (j < u.count && u.end[j] == ends[m] && Labels.begin(values[m]) != null) {
                    String type = values[m];
                    gazetteer[i] = Labels.begin(type);
                    for (int k = i + 1; k <= j; k++) {
                        gazetteer[k] = Labels.inside(type);
                    }
                    break;
                }
            }
        }
        u.gazetteer = gazetteer;
        u.list = list;
        // A surname, title or suffix glued to the rest of a word by the segmenter (张伟, 阿里巴巴集团).
        String[] first = new String[u.count];
        String[] last = new String[u.count];
        String[] lastTwo = new String[u.count];
        for (int i = 0; i < u.count; i++) {
            if (u.end[i] - u.start[i] > 1) {
                first[i] = words.exact(u.lower, u.start[i], u.start[i] + 1);
                last[i] = words.exact(u.lower, u.end[i] - 1, u.end[i]);
                lastTwo[i] = u.end[i] - u.start[i] > 2 ? words.exact(u.lower, u.end[i] - 2, u.end[i]) : null;
            }
        }
        u.firstCharList = first;
        u.lastCharList = last;
        u.lastTwoList = lastTwo;
    }
}
