package dev.newspipe.enrichment.entities.model;

/**
 * English words: runs of letters and digits, joined across an inner period or ampersand (U.S, AT&T), a
 * final period kept after single-letter abbreviations (U.S.); every other non-space char on its own, so
 * hyphens and apostrophes cut words as the Universal Dependencies treebanks do (pro-American, Obama's).
 */
final class EnglishSegmenter implements Segmenter {

    @Override
    public void segment(Units u) {
        String t = u.text;
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int to = i + 1;
                while (to < t.length() && (Character.isLetterOrDigit(t.charAt(to))
                        || (to + 1 < t.length() && isJoiner(t.charAt(to)) && Character.isLetterOrDigit(t.charAt(to + 1))))) {
                    to++;
                }
                // U.S. and D.C.: the last period belongs to an abbreviation of single letters.
                if (to < t.length() && t.charAt(to) == '.' && to - i >= 3 && t.charAt(to - 2) == '.') {
                    to++;
                }
                u.add(i, to, "");
                i = to;
                continue;
            }
            u.add(i, i + 1, "");
            i++;
        }
    }

    private static boolean isJoiner(char c) {
        return c == '.' || c == '&';
    }
}
