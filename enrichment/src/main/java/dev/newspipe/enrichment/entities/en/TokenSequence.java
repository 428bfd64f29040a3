package dev.newspipe.enrichment.entities.en;

import dev.newspipe.enrichment.entities.chain.Gazetteer;

import java.util.List;

/**
 * Text with its tokens and its folded form ({@link KnownNames#FOLD}): what the gazetteer needs to match names at token
 * boundaries. Remembers the gazetteer's matches at each token, since the rules ask about the same token many times.
 * One per field, not shared between threads.
 */
final class TokenSequence {

    private final String text;
    private final String folded;
    private final List<Token> tokens;
    /** The gazetteer's matches starting at each token, longest first; null until asked. */
    private final List<Gazetteer.Match>[] matches;

    @SuppressWarnings("unchecked")
    TokenSequence(String text, List<Token> tokens) {
        this.text = text;
        this.folded = KnownNames.FOLD.fold(text);
        this.tokens = tokens;
        this.matches = new List[tokens.size()];
    }

    String text() {
        return text;
    }

    String folded() {
        return folded;
    }

    Token get(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    List<Gazetteer.Match> matchesAt(int token, KnownNames names) {
        if (matches[token] == null) {
            matches[token] = names.matchesAt(this, token);
        }
        return matches[token];
    }

    /** The index of the token ending at char {@code offset}, or -1. */
    int endingAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int end = tokens.get(mid).end();
            if (end < offset) {
                lo = mid + 1;
            } else if (end > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
