package dev.newspipe.enrichment.entities.model;

/**
 * The script classes of a unit as a short signature: the classes of its characters in order, repeats
 * collapsed, at most three (東京タワー → "KT", iPhone15 → "xXd" in English shape terms). Signatures are
 * interned in a fixed table, so computing one allocates nothing.
 */
final class CharClasses {

    static final int KANJI = 1, HIRAGANA = 2, KATAKANA = 3, UPPER = 4, LOWER = 5, DIGIT = 6, OTHER = 7;
    private static final char[] LETTER = {'_', 'K', 'H', 'T', 'X', 'x', 'd', 'o'};
    private static final String[] SIGNATURES = new String[8 * 8 * 8 + 8 * 8 + 8 + 1];

    static {
        for (int a = 0; a < 8; a++) {
            for (int b = 0; b < 8; b++) {
                for (int c = 0; c < 8; c++) {
                    StringBuilder s = new StringBuilder();
                    for (int k : new int[] {a, b, c}) {
                        if (k != 0) {
                            s.append(LETTER[k]);
                        }
                    }
                    SIGNATURES[a * 64 + b * 8 + c] = s.toString();
                }
            }
        }
    }

    private CharClasses() {
    }

    static int of(char c) {
        if (c >= '0' && c <= '9') {
            return DIGIT;
        }
        if (c >= 'A' && c <= 'Z') {
            return UPPER;
        }
        if (c >= 'a' && c <= 'z') {
            return LOWER;
        }
        if (c >= '\u3041' && c <= '\u309F') {
            return HIRAGANA;
        }
        if ((c >= '\u30A0' && c <= '\u30FF') || (c >= '\u31F0' && c <= '\u31FF') || (c >= '\uFF66' && c <= '\uFF9F')) {
            return KATAKANA;
        }
        if ((c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || c == '\u3005' || (c >= '\uF900' && c <= '\uFAFF')) {
            return KANJI;
        }
        if (Character.isDigit(c)) {
            return DIGIT;
        }
        if (Character.isUpperCase(c)) {
            return UPPER;
        }
        if (Character.isLetter(c)) {
            return LOWER;
        }
        return OTHER;
    }

    /** Signature of {@code text[from, to)}. */
    static String signature(String text, int from, int to) {
        int a = 0, b = 0, c = 0, n = 0;
        int last = -1;
        for (int i = from; i < to && n <= 3; i++) {
            int k = of(text.charAt(i));
            if (k == last) {
                continue;
            }
            last = k;
            n++;
            if (n == 1) {
                a = k;
            } else if (n == 2) {
                b = k;
            } else if (n == 3) {
                c = k;
            }
        }
        return SIGNATURES[a * 64 + b * 8 + c];
    }
}
