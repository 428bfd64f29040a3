package dev.newspipe.enrichment.entities.ja;

/**
 * A length-preserving fold for dictionary look-ups: full-width ASCII to ASCII, then lower case, one char for
 * one char, so that an index into the folded text is the same index into the original (ＯＥＣＤ = OECD = oecd).
 */
final class Fold {

    private Fold() {
    }

    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            c = ' ';
        }
        return (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
    }

    static String fold(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }
}
