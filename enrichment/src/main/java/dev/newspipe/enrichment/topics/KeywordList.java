package dev.newspipe.enrichment.topics;

import dev.newspipe.enrichment.Resources;

import java.util.ArrayList;
import java.util.List;

/**
 * A language's topic keywords, read from {@code topics/<lang>/keywords.tsv}: {@code keyword<TAB>qcode<TAB>weight}.
 * The qcode {@code -} marks an exclusion: a longer phrase that contains a keyword but means something else
 * (matched like a keyword, so that it hides the shorter one, and counted for nothing).
 */
final class KeywordList {

    /** One keyword line; {@code code} is null for an exclusion. */
    record Keyword(String text, String code, double weight) {
    }

    private KeywordList() {
    }

    static List<Keyword> load(String path, TopicVocabulary vocabulary) {
        List<Keyword> keywords = new ArrayList<>();
        for (String[] row : Resources.tsv(path)) {
            if (row.length < 2 || row[0].isBlank()) {
                continue;
            }
            String code = row[1].strip();
            if (code.equals("-")) {
                keywords.add(new Keyword(row[0].strip(), null, 0));
                continue;
            }
            if (!vocabulary.contains(code)) {
                throw new IllegalStateException(path + ": unknown qcode " + code + " for " + row[0]);
            }
            double weight = row.length > 2 && !row[2].isBlank() ? Double.parseDouble(row[2].strip()) : 1.0;
            keywords.add(new Keyword(row[0].strip(), code, weight));
        }
        return List.copyOf(keywords);
    }
}
