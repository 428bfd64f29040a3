package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.enrichment.Resources;

import java.util.HashMap;
import java.util.Map;

/**
 * Folds Chinese text to one form for matching: Traditional characters to Simplified (from a character
 * table, {@code entities/zh/traditional-simplified.tsv}), full-width ASCII to ASCII, Latin to lower case.
 * Every character maps to exactly one character, so offsets in the folded text are offsets in the original.
 */
final class ChineseNormalizer {

    private final Map<Character, Character> simplified = new HashMap<>();

    ChineseNormalizer() {
        for (String[] row : Resources.tsv("entities/zh/traditional-simplified.tsv")) {
            String traditional = row[0].strip();
            String simple = row.length > 1 ? row[1].strip() : "";
            for (int i = 0; i < Math.min(traditional.length(), simple.length()); i++) {
                simplified.put(traditional.charAt(i), simple.charAt(i));
            }
        }
    }

    String normalize(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF08' && c != '\uFF09') {
                c = (char) (c - 0xFEE0); // full-width ASCII (keeps full-width parentheses: they are Chinese punctuation)
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            Character s = simplified.get(c);
            out[i] = s != null ? s : c;
        }
        return new String(out);
    }

    /** Folds one dictionary word the same way the text is folded. */
    String fold(String word) {
        return normalize(word);
    }
}
