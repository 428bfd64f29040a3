package dev.newspipe.enrichment.entities.en;

import dev.newspipe.contract.EntityType;
import dev.newspipe.contract.TextField;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A field analysed once for every annotator and refiner of the chain: its tokens, the dateline a body opens with, whether
 * a headline is in title case, and the questions every rule asks of the tokens: is this word capitalised for a reason,
 * does this span look like a personal name, what word stands at position i.
 */
final class EnglishText {

    final EnglishLexicon lex;
    final TextField field;
    final String text;
    final List<Token> tokens;
    final TokenSequence seq;
    final int n;
    /** Words seen capitalised where the capital says something (not sentence-initial). */
    final Set<String> capitalisedMidSentence = new HashSet<>();
    /** "Trump Meets Xi In Geneva": a headline whose capitals say nothing, so that only known names count. */
    final boolean titleCaseHeadline;
    /** The all-caps places a body opens with ("SEOUL, Nov. 3 —"), and the token after them; no places and 0 without one. */
    final Dateline dateline;

    EnglishText(EnglishLexicon lex, TextField field, String text) {
        this.lex = lex;
        this.field = field;
        this.text = text;
        this.tokens = lex.tokenizer.tokenize(text);
        this.seq = new TokenSequence(text, tokens);
        this.n = tokens.size();
        for (Token t : tokens) {
            if (t.capitalized() && !t.sentenceStart()) {
                capitalisedMidSentence.add(t.lower());
            }
        }
        this.titleCaseHeadline = field == TextField.TITLE && isTitleCase();
        this.dateline = field == TextField.BODY ? Dateline.find(this) : Dateline.NONE;
    }

    /** The first token of {@code p}. */
    int from(Proposal p) {
        return tokenAt(p.start());
    }

    /** The token after the last one {@code p} touches ("Tokyo" of "Tokyo-based" ends inside its token). */
    int to(Proposal p) {
        return tokenAt(p.end() - 1) + 1;
    }

    /** The token that char {@code offset} belongs to (proposals start and end inside tokens). */
    private int tokenAt(int offset) {
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (tokens.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    int length(Proposal p) {
        return to(p) - from(p);
    }

    /** A proposal for tokens {@code [from, to)}. */
    Proposal span(int from, int to, EntityType type, Evidence evidence) {
        return Proposal.of(tokens.get(from).start(), tokens.get(to - 1).end(), type, evidence);
    }

    /** Every word counts, function words aside, and four in five are capitalised. */
    private boolean isTitleCase() {
        int words = 0;
        int capitalised = 0;
        for (Token t : tokens) {
            if (t.isWord() && Character.isLetter(t.text().charAt(0)) && !lex.functionWords.contains(t.lower())) {
                words++;
                if (t.capitalized()) {
                    capitalised++;
                }
            }
        }
        return words >= 4 && capitalised * 10 >= words * 8;
    }

    /** "al-Sharaa", "el-Sisi", "bin-Laden": an Arabic article fused with a capitalised name, inside a name. */
    static boolean articleName(Token t) {
        String s = t.text();
        int hyphen = s.indexOf('-');
        return t.isWord() && hyphen > 0 && hyphen <= 3 && hyphen + 1 < s.length() && Character.isUpperCase(s.charAt(hyphen + 1))
                && ARABIC_ARTICLES.contains(s.substring(0, hyphen));
    }

    static final Set<String> ARABIC_ARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ibn", "abu", "abd");

    /** A known name (not a known non-name) starts at token {@code i}. */
    boolean startsKnownName(int i) {
        KnownNames.Match m = lex.gazetteer.longest(seq, i, n);
        return m != null && m.entry().type() != null;
    }

    /** Index of the head word in "Bank of Canada", "Institute for Fiscal ...", or -1. */
    int headOf(int a, int b) {
        for (int k = a + 1; k < b - 1; k++) {
            String w = tokens.get(k).lower();
            if ((w.equals("of") || w.equals("for")) && lex.headKeywords.containsKey(tokens.get(k - 1).lower())) {
                return k - 1;
            }
        }
        return -1;
    }

    /** A line break separates token {@code j} from the one before: names never run across lines. */
    boolean lineBreakBefore(int j) {
        int from = tokens.get(j - 1).end();
        int to = tokens.get(j).start();
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** A month, weekday, demonym or function word: never a name by itself. */
    boolean isNonName(Token t) {
        return lex.nonNames.contains(t.lower()) || lex.functionWords.contains(t.lower());
    }

    /** A Roman numeral as in "Charles III", "Louis XIV". */
    static boolean isRoman(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("IVXLC".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Every word in {@code [a, b)} is capitalised but not all caps, or a name connector ("van", "bin"). */
    boolean allNameShaped(int a, int b) {
        if (a >= b) {
            return false;
        }
        for (int k = a; k < b; k++) {
            Token t = tokens.get(k);
            boolean connector = t.isWord() && (lex.nameConnectors.contains(t.lower()) && !t.capitalized() || articleName(t));
            if (!connector && (!t.capitalized() || (t.allCaps() && !isRoman(t.text())) || t.hasDigit()
                    || lex.suffixKeywords.containsKey(t.lower()))) {
                return false;
            }
        }
        return true;
    }

    /** A lower-case word, or a common word capitalised only because it starts the sentence ("Residents of X"). */
    boolean lowerCaseWord(Token t) {
        return !t.capitalized() || (t.sentenceStart() && lex.commonWords.contains(t.lower()));
    }

    /** "southern" in "Fukui, southern Japan". */
    static boolean isCompass(String w) {
        return w.equals("northern") || w.equals("southern") || w.equals("eastern") || w.equals("western")
                || w.equals("central") || w.equals("northeastern") || w.equals("northwestern")
                || w.equals("southeastern") || w.equals("southwestern");
    }

    /** Looks like a personal name: capitalised words, no all-caps acronym, no keyword. */
    boolean nameLike(Proposal c) {
        return allNameShaped(from(c), to(c));
    }

    /** The word token at {@code i}, or null for punctuation and positions outside the text. */
    Token word(int i) {
        return i >= 0 && i < n && tokens.get(i).isWord() ? tokens.get(i) : null;
    }

    /** Followed by what people do or have: "X said", "X, who", "X, 58,". */
    boolean personContext(Proposal c) {
        int to = to(c);
        Token right = word(to);
        if (right != null && lex.speechVerbs.contains(right.lower())) {
            return true;
        }
        if (to + 1 < n && tokens.get(to).text().equals(",")) {
            Token next = tokens.get(to + 1);
            return next.lower().equals("who") && !pluralVerbAfter(c) || next.text().chars().allMatch(Character::isDigit);
        }
        return false;
    }

    /** "X were ..." or "X, who were ...". */
    boolean pluralVerbAfter(Proposal c) {
        int k = to(c);
        if (k + 1 < n && tokens.get(k).text().equals(",") && tokens.get(k + 1).lower().equals("who")) {
            k += 2;
        }
        return k < n && tokens.get(k).lower().equals("were");
    }

    /** "the X": people are not named with an article. */
    boolean precededByThe(Proposal c) {
        Token left = word(from(c) - 1);
        return left != null && left.lower().equals("the");
    }

    /** Every word is a common English word (and no given name): "Entity List", "Silver Lake". */
    boolean allCommon(Proposal c) {
        for (int k = from(c); k < to(c); k++) {
            if (!lex.commonWords.contains(tokens.get(k).lower()) || lex.givenNames.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /** "Macroeconomics", "Solutions", "Partnership": words with these endings are things, not people. */
    boolean hasNounEnding(Proposal c) {
        for (int k = from(c); k < to(c); k++) {
            String w = tokens.get(k).lower();
            for (String ending : NOUN_ENDINGS) {
                if (w.length() > ending.length() + 2 && w.endsWith(ending)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Endings of abstract nouns; not "-ing" or "-ence", which end names too ("Yiping", "Lawrence"). */
    static final List<String> NOUN_ENDINGS = List.of("ics", "tion", "tions", "ment", "ments", "ness", "ity", "ism",
            "ology", "ware", "ship");

    /** The text of a proposal as it stands in the field. */
    String surface(Proposal c) {
        return text.substring(c.start(), c.end());
    }
}
