package dev.newspipe.enrichment.entities.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits English text into {@link Token}s in one linear pass (no regular expressions, so no backtracking on
 * hostile input). Keeps together what a name needs kept together: initials ("U.S.", "J.R."), abbreviations
 * with their period ("St.", "Co."), hyphenated words ("Secretary-General") and inner apostrophes ("O'Brien");
 * splits off the possessive ("Japan's" → "Japan" + "'s").
 */
final class EnglishTokenizer {

    private final Set<String> abbreviations;
    private final Set<String> adjectiveEndings;

    /**
     * @param abbreviations    words that keep a following period ("St", "Co", "Mr"), case-sensitive
     * @param adjectiveEndings lower-case endings that make "Name-ending" an adjective ("based", "backed")
     */
    EnglishTokenizer(Set<String> abbreviations, Set<String> adjectiveEndings) {
        this.abbreviations = abbreviations;
        this.adjectiveEndings = adjectiveEndings;
    }

    List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean sentenceStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n') {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int end = initialsEnd(text, i);
                if (end < 0) {
                    end = wordEnd(text, i);
                    String word = text.substring(i, end);
                    boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
                    if (end < n && text.charAt(end) == '.' && (initial || abbreviations.contains(word))) {
                        end++;
                    }
                }
                String word = text.substring(i, end);
                tokens.add(new Token(word, i, end, Token.Kind.WORD, sentenceStart, isNameAdjective(word)));
                sentenceStart = false;
                i = end;
                int possessive = possessiveEnd(text, i);
                if (possessive > i) {
                    tokens.add(new Token(text.substring(i, possessive), i, possessive, Token.Kind.POSSESSIVE, false, false));
                    i = possessive;
                }
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                tokens.add(new Token(text.substring(i, i + 2), i, i + 2, Token.Kind.PUNCT, false, false));
                i += 2;
                continue;
            }
            tokens.add(new Token(String.valueOf(c), i, i + 1, Token.Kind.PUNCT, false, false));
            if (c == '.' || c == '!' || c == '?' || c == '—' || c == '–' || c == ':' || c == ';') {
                sentenceStart = true;
            } else if (c == '"' || c == '“' || c == '(' || c == '\'' || c == '‘' || c == '”' || c == '’') {
                // a quote or bracket keeps whatever state came before it
            } else {
                sentenceStart = false;
            }
            i++;
        }
        return tokens;
    }

    /** "Tokyo-based", "Kremlin-backed" (but not "Ching-te" or "Suk-yeol", whose second part is a name syllable). */
    private boolean isNameAdjective(String word) {
        int hyphen = word.lastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && Character.isLowerCase(word.charAt(hyphen + 1))
                && adjectiveEndings.contains(word.substring(hyphen + 1));
    }

    /** End of "U.S." / "J.R." / "U.S.A." starting at {@code i}, or -1 when there are no such initials. */
    private static int initialsEnd(String text, int i) {
        int j = i;
        int letters = 0;
        while (j + 1 < text.length() && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.'
                && (j + 2 >= text.length() || !Character.isLetter(text.charAt(j + 2)) || isInitialAt(text, j + 2))) {
            letters++;
            j += 2;
            if (j >= text.length() || !Character.isLetter(text.charAt(j))) {
                break;
            }
        }
        return letters >= 2 ? j : -1;
    }

    private static boolean isInitialAt(String text, int j) {
        return j + 1 < text.length() && text.charAt(j + 1) == '.';
    }

    private static int wordEnd(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                j++;
            } else if ((c == '-' || c == '\'' || c == '’' || c == '&') && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))
                    && !isPossessiveAt(text, j)) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** "'s" or "’s" at {@code j}, followed by a non-letter. */
    private static boolean isPossessiveAt(String text, int j) {
        char c = text.charAt(j);
        return (c == '\'' || c == '’') && j + 1 < text.length() && (text.charAt(j + 1) == 's')
                && (j + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(j + 2)));
    }

    /** End of a possessive ending right at {@code i} ("'s", or a lone "'" after a word ending in s), else {@code i}. */
    private static int possessiveEnd(String text, int i) {
        if (i >= text.length()) {
            return i;
        }
        if (isPossessiveAt(text, i)) {
            return i + 2;
        }
        char c = text.charAt(i);
        if ((c == '\'' || c == '’') && i > 0 && text.charAt(i - 1) == 's'
                && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
            return i + 1;
        }
        return i;
    }
}
