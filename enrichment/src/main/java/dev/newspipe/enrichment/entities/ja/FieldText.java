package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.enrichment.entities.chain.CharFold;

import java.util.Arrays;
import java.util.List;

/**
 * One field analysed once for every annotator and refiner: its text, its IPADIC tokens, its folded form (and
 * that form read backwards, for matching endings) and the token boundaries.
 */
final class FieldText {

    final String text;
    final String folded;
    /** {@link #folded} reversed char by char: an ending at {@code end} is a prefix at {@code length - end} here. */
    final String reversedFolded;
    final List<Token> tokens;
    private final int[] tokenStartingAt;
    private final int[] tokenEndingAt;

    FieldText(String text, List<Token> tokens) {
        this.text = text;
        this.folded = CharFold.LATIN.fold(text);
        char[] reversed = new char[folded.length()];
        for (int i = 0; i < reversed.length; i++) {
            reversed[i] = folded.charAt(reversed.length - 1 - i);
        }
        this.reversedFolded = new String(reversed);
        this.tokens = tokens;
        this.tokenStartingAt = new int[text.length() + 1];
        this.tokenEndingAt = new int[text.length() + 1];
        Arrays.fill(tokenStartingAt, -1);
        Arrays.fill(tokenEndingAt, -1);
        for (int i = 0; i < tokens.size(); i++) {
            tokenStartingAt[tokens.get(i).start()] = i;
            tokenEndingAt[tokens.get(i).end()] = i;
        }
    }

    /** The index of the token starting at char offset {@code offset}, or -1. */
    int tokenStartingAt(int offset) {
        return offset >= 0 && offset < tokenStartingAt.length ? tokenStartingAt[offset] : -1;
    }

    /** The index of the token ending at char offset {@code offset}, or -1. */
    int tokenEndingAt(int offset) {
        return offset >= 0 && offset < tokenEndingAt.length ? tokenEndingAt[offset] : -1;
    }

    /** The index of the token holding char offset {@code offset}, or -1 (between tokens never happens: tokens tile the text). */
    int tokenContaining(int offset) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Token t = tokens.get(mid);
            if (offset < t.start()) {
                high = mid - 1;
            } else if (offset >= t.end()) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    Token token(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index) : null;
    }

    int size() {
        return tokens.size();
    }

    String span(int start, int end) {
        return text.substring(start, end);
    }

    char charAt(int offset) {
        return offset >= 0 && offset < text.length() ? text.charAt(offset) : '\0';
    }
}
