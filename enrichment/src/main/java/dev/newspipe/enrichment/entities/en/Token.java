package dev.newspipe.enrichment.entities.en;

/**
 * One token of English text: a word (letters and digits, with inner hyphens and apostrophes, initials such
 * as "U.S." or an abbreviation with its period such as "Co."), a possessive ending ("'s", "'") or one
 * punctuation character.
 *
 * @param sentenceStart the first word of a sentence, a headline or a clause after a dash: its capital
 *                      letter says nothing about being a name
 * @param nameAdjective an adjective built on a name with a hyphen ("Tokyo-based", "Kremlin-backed"): not a name
 */
record Token(String text, int start, int end, Kind kind, boolean sentenceStart, boolean nameAdjective) {

    enum Kind { WORD, POSSESSIVE, PUNCT }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    /** Starts with an upper-case letter ("Tokyo", "U.S.", "G20", "McDonald"). */
    boolean capitalized() {
        return kind == Kind.WORD && !nameAdjective && Character.isUpperCase(text.codePointAt(0));
    }

    /** Two or more letters, all upper case ("IMF", "TOKYO", "U.S."). */
    boolean allCaps() {
        if (kind != Kind.WORD) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    boolean hasDigit() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
