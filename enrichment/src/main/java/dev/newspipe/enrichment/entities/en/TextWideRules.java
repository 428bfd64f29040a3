package dev.newspipe.enrichment.entities.en;

import dev.newspipe.contract.EntityType;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the whole text says about each span, once every span has been typed on its own. */
final class TextWideRules {

    private final TokenText tx;
    private final EnglishLexicon lex;
    private final List<Token> tokens;
    private final List<Candidate> candidates;

    TextWideRules(TokenText tx, List<Candidate> candidates) {
        this.tx = tx;
        this.lex = tx.lex;
        this.tokens = tx.tokens;
        this.candidates = candidates;
    }

    /**
     * What the whole text says about a span: "Okafor" is the person "Satsuki Okafor" named elsewhere,
     * "Foxes" the team "Denver Foxes"; a name typed once is typed everywhere; in "X, Y and Z" an
     * unknown Y is what X and Z are. Then the last guesses.
     */
    void apply() {
        propagate();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                if (c.unknown()) {
                    EntityType t = coordinatedType(i);
                    if (t != null) {
                        c.typed(t, Candidate.WEAK);
                    }
                }
            }
        }
        for (Candidate c : candidates) {
            if (c.unknown() && c.length() >= 2 && tx.nameLike(c) && !tx.precededByThe(c) && !tx.allCommon(c) && !tx.hasNounEnding(c)
                    && !startsWithKnownPlaceOrOrganization(c)) {
                c.typed(EntityType.PERSON, Candidate.WEAK);
            }
            if (c.unknown() && c.length() == 1 && tx.personContext(c) && tx.nameLike(c) && !tokens.get(c.from).sentenceStart()
                    && !lex.commonWords.contains(tokens.get(c.from).lower())) {
                c.typed(EntityType.PERSON, Candidate.WEAK);
            }
        }
        propagate(); // the guessed full names now explain their short forms too
    }

    /** Name parts, team names and types found once, spread over the text. */
    private void propagate() {
        Map<String, EntityType> typed = new HashMap<>();
        Set<String> personNames = new HashSet<>();
        Set<String> guessedPersonNames = new HashSet<>(); // explain only names nothing else explains
        Set<String> orgTails = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.blocked || c.type == null) {
                continue;
            }
            String s = tx.surface(c);
            if (c.strength >= Candidate.CONTEXT) {
                typed.putIfAbsent(s, c.type);
            }
            if (c.type == EntityType.PERSON && c.length() >= 2) {
                addNameParts(s, c.strength >= Candidate.STRONG ? personNames : guessedPersonNames);
            }
            if (c.type == EntityType.ORGANIZATION && c.length() >= 2 && c.strength < Candidate.KNOWN) {
                Token last = tokens.get(c.to - 1);
                if (!lex.suffixKeywords.containsKey(last.lower())) {
                    orgTails.add(last.text());
                }
            }
        }
        for (Candidate c : candidates) {
            if (c.blocked) {
                continue;
            }
            String s = tx.surface(c);
            boolean namePart = personNames.contains(s);
            if (namePart && (c.type == null || c.strength <= Candidate.CONTEXT
                    || (c.strength == Candidate.KNOWN && c.type != EntityType.PERSON && tx.personContext(c)))
                    || c.type == null && guessedPersonNames.contains(s)) {
                c.typed(EntityType.PERSON, Candidate.STRONG);
                c.canonical = null;
                c.key = null;
            } else if (c.type == null && c.length() == 1 && orgTails.contains(s)) {
                c.typed(EntityType.ORGANIZATION, Candidate.CONTEXT);
            } else if (c.type == null && typed.containsKey(s)) {
                c.typed(typed.get(s), Candidate.WEAK);
            }
        }
    }

    /** "X, Y and Z" / "X and Y": the type the neighbours in the list share. */
    private EntityType coordinatedType(int i) {
        Candidate c = candidates.get(i);
        EntityType t = null;
        if (i > 0 && joined(candidates.get(i - 1), c)) {
            t = candidates.get(i - 1).type;
        }
        if (t == null && i + 1 < candidates.size() && joined(c, candidates.get(i + 1))) {
            t = candidates.get(i + 1).type;
        }
        Token after = tx.word(c.to);
        if (t != null && t != EntityType.PERSON && c.length() >= 2 && tx.nameLike(c) && after != null
                && (after.lower().equals("in") || after.lower().equals("at"))) {
            return null; // "(Reporting by A in London and B in Tokyo)": people placed somewhere, not places
        }
        return t;
    }

    private boolean joined(Candidate a, Candidate b) {
        if (a.blocked || b.blocked) {
            return false;
        }
        if (b.from == a.to + 1) {
            String w = tokens.get(a.to).lower();
            return w.equals(",") || w.equals("and") || w.equals("or");
        }
        return b.from == a.to + 2 && tokens.get(a.to).text().equals(",") && (tokens.get(a.to + 1).lower().equals("and")
                || tokens.get(a.to + 1).lower().equals("or"));
    }

    /** "Tokyo Disneyland": a name built on a known place or organisation is no person (given names aside: "Jordan Smith"). */
    private boolean startsWithKnownPlaceOrOrganization(Candidate c) {
        KnownNames.Match m = lex.gazetteer.longest(tx.seq, c.from, c.to);
        return m != null && m.entry().type() != null && m.entry().type() != EntityType.PERSON
                && !lex.givenNames.contains(tokens.get(c.from).lower());
    }

    /** The leading and trailing word runs of a person's name: "Juan del Rio" → "Juan", "Juan del", "del Campo", "Campo". */
    private static void addNameParts(String name, Set<String> parts) {
        for (int k = name.indexOf(' '); k > 0; k = name.indexOf(' ', k + 1)) {
            parts.add(name.substring(0, k));
            parts.add(name.substring(k + 1));
        }
    }
}
