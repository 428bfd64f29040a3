package dev.newspipe.enrichment.entities.en;

import java.util.Arrays;
import java.util.List;

/**
 * Text with its tokens and its folded form ({@link KnownNames#FOLD}), with which token ends where: what the
 * gazetteer needs to match names at token boundaries.
 */
final class TokenSequence {

    private final String text;
    private final String folded;
    private final List<Token> tokens;
    /** For each char offset, the index of the token ending there, or -1. */
    private final int[] tokenEndingAt;

    TokenSequence(String text, List<Token> tokens) {
        this.text = text;
        this.folded = KnownNames.FOLD.fold(text);
        this.tokens = tokens;
        this.tokenEndingAt = new int[text.length() + 1];
        Arrays.fill(tokenEndingAt, -1);
        for (int k = 0; k < tokens.size(); k++) {
            tokenEndingAt[tokens.get(k).end()] = k;
        }
    }

    String text() {
        return text;
    }

    String folded() {
        return folded;
    }

    List<Token> tokens() {
        return tokens;
    }

    Token get(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    /** The index of the token ending at char {@code offset}, or -1. */
    int endingAt(int offset) {
        return tokenEndingAt[offset];
    }
}
