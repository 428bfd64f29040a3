package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.enrichment.Resources;
import dev.newspipe.enrichment.entities.chain.CharFold;

import java.util.HashMap;
import java.util.Map;

/**
 * Folds Chinese text to one form for matching: Traditional characters to Simplified (from a character
 * table, {@code entities/zh/traditional-simplified.tsv}), full-width ASCII to ASCII, Latin to lower case.
 * Unlike {@link CharFold#LATIN} it keeps full-width parentheses: they are Chinese punctuation, which the rules
 * read as such (国际足联（FIFA）).
 */
final class ChineseFold implements CharFold {

    private final Map<Character, Character> simplified = new HashMap<>();

    ChineseFold() {
        for (String[] row : Resources.tsv("entities/zh/traditional-simplified.tsv")) {
            String traditional = row[0].strip();
            String simple = row.length > 1 ? row[1].strip() : "";
            for (int i = 0; i < Math.min(traditional.length(), simple.length()); i++) {
                simplified.put(traditional.charAt(i), simple.charAt(i));
            }
        }
    }

    @Override
    public char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF08' && c != '\uFF09') {
            c = (char) (c - 0xFEE0);
        }
        if (c >= 'A' && c <= 'Z') {
            c = (char) (c + 32);
        }
        Character s = simplified.get(c);
        return s != null ? s : c;
    }
}
