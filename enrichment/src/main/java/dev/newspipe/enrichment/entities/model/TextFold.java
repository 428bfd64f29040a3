package dev.newspipe.enrichment.entities.model;

import dev.newspipe.enrichment.Resources;

import java.util.MissingResourceException;

/**
 * Folds text one char to one char (offsets unchanged), so that the model, the segmenters and the lists see
 * one form: full-width ASCII to ASCII (but not the full-width parentheses Chinese and Japanese use as
 * punctuation), and for Chinese Traditional characters to Simplified, as the rules' ChineseNormalizer does.
 */
final class TextFold {

    private final char[] map;

    private TextFold(char[] map) {
        this.map = map;
    }

    static TextFold forLanguage(String language) {
        char[] map = new char[65536];
        for (int c = 0; c < map.length; c++) {
            map[c] = (char) c;
        }
        if (!language.equals("en")) {
            for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
                if (c != '\uFF08' && c != '\uFF09') {
                    map[c] = (char) (c - 0xFEE0);
                }
            }
            map['\u3000'] = ' ';
        }
        if (language.equals("zh")) {
            var rows = Resources.tsv(ModelResources.TRADITIONAL_SIMPLIFIED);
            if (rows.isEmpty()) {
                throw new MissingResourceException("The Traditional-Simplified table " + ModelResources.TRADITIONAL_SIMPLIFIED
                        + " is missing", TextFold.class.getName(), ModelResources.TRADITIONAL_SIMPLIFIED);
            }
            for (String[] row : rows) {
                String traditional = row[0].strip();
                String simple = row.length > 1 ? row[1].strip() : "";
                for (int i = 0; i < Math.min(traditional.length(), simple.length()); i++) {
                    map[traditional.charAt(i)] = simple.charAt(i);
                }
            }
        }
        return new TextFold(map);
    }

    String apply(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = map[text.charAt(i)];
        }
        return new String(out);
    }

    static String lower(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(text.charAt(i));
        }
        return new String(out);
    }
}
