package dev.newspipe.enrichment.entities.en;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Proposal;
import dev.newspipe.enrichment.entities.chain.Refiner;

import java.util.ArrayList;
import java.util.List;

/**
 * Types a chosen span that nothing firmer typed (untyped, or typed by a guess) from the words around it: an appositive ("X, a chipmaker"), a noun before or after it ("the
 * firm X", "the X region"), a place it lies in ("X, Texas"), a preposition ("the village of X", "in X").
 */
final class ContextTyping implements Refiner<EnglishText> {

    private static final int MAX_APPOSITIVE_WORDS = 5;

    @Override
    public List<Proposal> refine(EnglishText tx, List<Proposal> chosen) {
        List<Proposal> spans = new ArrayList<>(chosen);
        Typing typing = new Typing(tx, spans);
        for (int i = 0; i < spans.size(); i++) {
            Proposal c = spans.get(i);
            if (!Spans.isBlocked(c) && Spans.firmness(c) < Spans.STRONG) {
                EntityType t = typing.contextType(c);
                if (t != null) {
                    spans.set(i, Spans.typed(c, t, Evidence.CONTEXT));
                }
            }
        }
        return spans;
    }

    /** One field's spans, typed in text order: a span may take the type of the one just before it. */
    private static final class Typing {

        private final EnglishText tx;
        private final EnglishLexicon lex;
        private final List<Token> tokens;
        private final int n;
        private final List<Proposal> spans;

        Typing(EnglishText tx, List<Proposal> spans) {
            this.tx = tx;
            this.lex = tx.lex;
            this.tokens = tx.tokens;
            this.n = tx.n;
            this.spans = spans;
        }

        private EntityType contextType(Proposal c) {
            int from = tx.from(c);
            int to = tx.to(c);
            int length = to - from;
            Token left = tx.word(from - 1);
            Token left2 = tx.word(from - 2);
            // "(NGA)" after the name it abbreviates
            if (length == 1 && from >= 2 && tokens.get(from - 1).text().equals("(")) {
                Proposal before = spanEndingAt(from - 1);
                if (before != null && before.type() != null) {
                    return before.type();
                }
            }
            // "Morecambe were relegated", "Barrow, who were promoted": one name with a plural verb is a team or a firm
            if (length == 1 && pluralVerbAfter(c)) {
                return EntityType.ORGANIZATION;
            }
            // "Martin Hale, 54, of Dore": where a person named with their age lives
            if (left != null && left.lower().equals("of") && from >= 4 && tokens.get(from - 2).text().equals(",")
                    && tokens.get(from - 3).isWord() && tokens.get(from - 3).text().chars().allMatch(Character::isDigit)
                    && tokens.get(from - 4).text().equals(",")) {
                return EntityType.LOCATION;
            }
            // appositive: "Velquist, a payments company", "Branholm, a port town"
            if (to + 2 < n && tokens.get(to).text().equals(",")) {
                String w = tokens.get(to + 1).lower();
                if (w.equals("who") && tx.nameLike(c) && !(length == 1 && pluralVerbAfter(c))) {
                    return EntityType.PERSON;
                }
                if (tokens.get(to + 1).text().chars().allMatch(Character::isDigit) && to + 2 < n
                        && tokens.get(to + 2).text().equals(",") && tx.nameLike(c)) {
                    return EntityType.PERSON; // "Olsund, 58,"
                }
                if (w.equals("a") || w.equals("an") || w.equals("the")) {
                    for (int k = to + 2; k < Math.min(n, to + 2 + MAX_APPOSITIVE_WORDS); k++) {
                        Token t = tokens.get(k);
                        if (!t.isWord() || t.capitalized()) {
                            break;
                        }
                        EntityType noun = lex.typeNouns.get(t.lower());
                        if (noun != null) {
                            Token after = tx.word(k + 1);
                            if (after == null || !after.lower().equals("of")) {
                                return noun;
                            }
                        }
                    }
                }
                // "Hakone, Kanagawa", "Plano, Texas": a place within a known place
                int k = to + 1;
                if (k < n && tokens.get(k).isWord() && !tokens.get(k).capitalized() && lex.typeNouns.get(tokens.get(k).lower()) == null
                        && EnglishText.isCompass(tokens.get(k).lower())) {
                    k++;
                }
                if (k < n) {
                    KnownNames.Match m = lex.gazetteer.longest(tx.seq, k, n);
                    if (m != null && m.entry().type() == EntityType.LOCATION && (m.end() >= n || !tokens.get(m.end()).capitalized())
                            && (m.end() >= n || !tokens.get(m.end()).lower().equals("and"))) {
                        return EntityType.LOCATION;
                    }
                }
            }
            // "the logistics firm Trelloway", "interpreter Anna Lind"
            if (left != null && !left.capitalized()) {
                EntityType noun = lex.typeNouns.get(left.lower());
                if (noun != null) {
                    return noun;
                }
            }
            // "the village of Oskarvik", "suburbs of Kesterholm"
            if (left != null && left.lower().equals("of") && left2 != null && tx.lowerCaseWord(left2)
                    && (lex.typeNouns.get(left2.lower()) == EntityType.LOCATION || lex.placeOfNouns.contains(left2.lower()))) {
                return EntityType.LOCATION;
            }
            // "a unit of Codelco", "chief executive of Acme"
            if (left != null && left.lower().equals("of") && left2 != null && tx.lowerCaseWord(left2)
                    && (lex.typeNouns.get(left2.lower()) == EntityType.ORGANIZATION || lex.organizationOfNouns.contains(left2.lower()))) {
                return EntityType.ORGANIZATION;
            }
            // "a stake in X", "analysts at X", "born in X"
            if (left != null && left2 != null && !left.capitalized() && tx.lowerCaseWord(left2)) {
                EntityType pair = lex.prepositionContext.get(left2.lower() + " " + left.lower());
                if (pair != null && !(pair == EntityType.LOCATION && length >= 2 && tx.nameLike(c) && !left.lower().equals("in"))) {
                    return pair;
                }
            }
            // "the capital, Quito"
            if (from >= 2 && tokens.get(from - 1).text().equals(",") && left2 != null
                    && lex.typeNouns.get(left2.lower()) == EntityType.LOCATION && !left2.capitalized()) {
                return EntityType.LOCATION;
            }
            // "the Kherson region", "the Brixton district"
            Token right = tx.word(to);
            if (right != null && !right.capitalized()) {
                EntityType noun = lex.typeNouns.get(right.lower());
                if (noun == EntityType.LOCATION || noun == EntityType.ORGANIZATION) {
                    return noun;
                }
            }
            if (length == 1 && to + 1 < n && tokens.get(to).text().equals(",") && tokens.get(to + 1).lower().equals("which")
                    && !tokens.get(from).sentenceStart()) {
                return EntityType.ORGANIZATION; // "backing Kestaval, which is building": people are "who"
            }
            if (right != null && lex.speechVerbs.contains(right.lower()) && length >= 2 && tx.nameLike(c)) {
                return EntityType.PERSON;
            }
            if (left != null && !left.capitalized() && !(to < n && tokens.get(to).kind() == Token.Kind.POSSESSIVE)) {
                EntityType word = lex.leftWords.get(left.lower());
                if (word == EntityType.PERSON && !tx.nameLike(c)) {
                    return null;
                }
                if (word == EntityType.LOCATION && length >= 2 && tx.nameLike(c) && !lex.placeWordsForNames.contains(left.lower())) {
                    return null; // "40 points from Jalen Brunson": a full personal name after a loose preposition
                }
                return word;
            }
            return null;
        }

        /** "X were", "X, who were": British English gives a team or a company a plural verb; a person takes "was". */
        private boolean pluralVerbAfter(Proposal c) {
            Token name = tokens.get(tx.from(c));
            String w = name.lower();
            if (w.endsWith("s") || lex.givenNames.contains(w) || name.allCaps() || name.sentenceStart() && lex.commonWords.contains(w)) {
                return false;
            }
            return tx.pluralVerbAfter(c);
        }

        /**
         * The span ending right before {@code end}, looked for among the field's last four spans, as the recogniser
         * always did: in a long text a name far from its end never explains the acronym after it.
         */
        private Proposal spanEndingAt(int end) {
            for (int k = spans.size() - 1; k >= 0 && k >= spans.size() - 4; k--) {
                if (tx.to(spans.get(k)) == end) {
                    return spans.get(k);
                }
            }
            return null;
        }
    }
}
