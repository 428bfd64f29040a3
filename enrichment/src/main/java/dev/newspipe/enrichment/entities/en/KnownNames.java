package dev.newspipe.enrichment.entities.en;

import dev.newspipe.enrichment.entities.chain.CharFold;
import dev.newspipe.enrichment.entities.chain.Gazetteer;

import java.util.List;
import java.util.Set;

/**
 * The shared {@link Gazetteer} read at token boundaries with English case rules: a match starts where a token starts
 * and ends where a token ends; an acronym entry ("WHO") matches in capitals only ("Who" at the start of a question is
 * no organisation), and a capitalised word of an entry must be capitalised in the text ("Turkey", not "turkey").
 */
final class KnownNames {

    /**
     * Case and apostrophes folded one char for one ("People’s" = "people's"), and any white space read as a space,
     * so that a name matches across a line break as it does across a space.
     */
    static final CharFold FOLD = c -> {
        if (c < 128) {
            return c <= ' ' && Character.isWhitespace(c) ? ' ' : CharFold.LATIN.fold(c);
        }
        char folded = CharFold.LATIN.fold(c);
        if (folded == '’') {
            return '\'';
        }
        return Character.isWhitespace(folded) ? ' ' : Character.toLowerCase(folded);
    };

    /** A known name over tokens {@code [from, end)}. */
    record Match(Gazetteer.Entry entry, int end) {
    }

    private final Gazetteer gazetteer;
    /** The folded first word of every entry: most tokens start no name, and this says so without walking the trie. */
    private final Set<String> firstWords;

    KnownNames(Gazetteer gazetteer, Set<String> firstWords) {
        this.gazetteer = gazetteer;
        this.firstWords = Set.copyOf(firstWords);
    }

    /** Every entry starting at token {@code from}, longest first (for {@link TokenSequence}, which keeps them). */
    List<Gazetteer.Match> matchesAt(TokenSequence tokens, int from) {
        Token t = tokens.get(from);
        if (!firstWords.contains(tokens.folded().substring(t.start(), t.end()))) {
            return List.of();
        }
        return gazetteer.matchesAt(tokens.folded(), t.start());
    }

    /** The longest entry matching {@code tokens} from {@code from}, not reaching past token {@code limit}; else null. */
    Match longest(TokenSequence tokens, int from, int limit) {
        for (Gazetteer.Match m : tokens.matchesAt(from, this)) {
            int last = tokens.endingAt(m.end());
            if (last >= from && last < limit && caseFits(m.entry(), tokens, from, last + 1)) {
                return new Match(m.entry(), last + 1);
            }
        }
        return null;
    }

    /** The entry that is exactly tokens {@code [from, to)}, else null. */
    Gazetteer.Entry exact(TokenSequence tokens, int from, int to) {
        int end = tokens.get(to - 1).end();
        for (Gazetteer.Match m : tokens.matchesAt(from, this)) {
            if (m.end() == end) {
                return caseFits(m.entry(), tokens, from, to) ? m.entry() : null;
            }
        }
        return null;
    }

    private static boolean caseFits(Gazetteer.Entry e, TokenSequence tokens, int from, int to) {
        String surface = e.surface();
        int base = tokens.get(from).start();
        if (isAcronym(surface)) {
            return tokens.text().startsWith(surface, base);
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            int offset = t.start() - base;
            if (offset < surface.length() && Character.isUpperCase(surface.codePointAt(offset)) && !t.capitalized()) {
                return false;
            }
        }
        return true;
    }

    /** One all-caps word of two letters or more, without periods ("WHO", "AT&T"; not "U.S." nor "OPEC+"). */
    static boolean isAcronym(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (!Character.isDigit(c) && !(i > 0 && i + 1 < s.length() && (c == '-' || c == '&' || c == '\''))) {
                return false;
            }
        }
        return letters >= 2;
    }
}
