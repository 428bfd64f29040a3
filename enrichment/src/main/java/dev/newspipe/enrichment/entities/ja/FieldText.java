package dev.newspipe.enrichment.entities.ja;

import java.util.Arrays;
import java.util.List;

/** One field's text with its tokens, its folded form and the token boundaries, shared by all the rules. */
final class FieldText {

    final String text;
    final String folded;
    final List<Token> tokens;
    private final int[] tokenStartingAt;
    private final int[] tokenEndingAt;

    FieldText(String text, List<Token> tokens) {
        this.text = text;
        this.folded = Fold.fold(text);
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
