package dev.newspipe.enrichment.entities.en;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Proposal;
import dev.newspipe.enrichment.entities.chain.Refiner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the whole text says about each chosen span, once every span has been typed on its own: "Okafor" is the person
 * "Satsuki Okafor" named elsewhere, "Foxes" the team "Denver Foxes"; a name typed once is typed everywhere; in
 * "X, Y and Z" an unknown Y is what X and Z are. Then the last guesses: name-shaped words are a person.
 */
final class TextWideTyping implements Refiner<EnglishText> {

    @Override
    public List<Proposal> refine(EnglishText tx, List<Proposal> chosen) {
        if (tx.titleCaseHeadline) {
            return chosen;
        }
        List<Proposal> spans = new ArrayList<>(chosen);
        propagate(tx, spans);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < spans.size(); i++) {
                if (Spans.isUnknown(spans.get(i))) {
                    EntityType t = coordinatedType(tx, spans, i);
                    if (t != null) {
                        spans.set(i, Spans.typed(spans.get(i), t, Evidence.GUESS));
                    }
                }
            }
        }
        EnglishLexicon lex = tx.lex;
        for (int i = 0; i < spans.size(); i++) {
            Proposal c = spans.get(i);
            if (Spans.isUnknown(c) && tx.length(c) >= 2 && tx.nameLike(c) && !tx.precededByThe(c) && !tx.allCommon(c)
                    && !tx.hasNounEnding(c) && !startsWithKnownPlaceOrOrganization(tx, c)) {
                c = Spans.typed(c, EntityType.PERSON, Evidence.GUESS);
            }
            Token first = tx.tokens.get(tx.from(c));
            if (Spans.isUnknown(c) && tx.length(c) == 1 && tx.personContext(c) && tx.nameLike(c) && !first.sentenceStart()
                    && !lex.commonWords.contains(first.lower())) {
                c = Spans.typed(c, EntityType.PERSON, Evidence.GUESS);
            }
            spans.set(i, c);
        }
        propagate(tx, spans); // the guessed full names now explain their short forms too
        return spans;
    }

    /** Name parts, team names and types found once, spread over the text. */
    private static void propagate(EnglishText tx, List<Proposal> spans) {
        Map<String, EntityType> typed = new HashMap<>();
        Set<String> personNames = new HashSet<>();
        Set<String> guessedPersonNames = new HashSet<>(); // explain only names nothing else explains
        Set<String> orgTails = new HashSet<>();
        for (Proposal c : spans) {
            if (c.type() == null) {
                continue;
            }
            String s = tx.surface(c);
            int firmness = Spans.firmness(c);
            if (firmness >= Spans.CONTEXT) {
                typed.putIfAbsent(s, c.type());
            }
            if (c.type() == EntityType.PERSON && tx.length(c) >= 2) {
                addNameParts(s, firmness >= Spans.STRONG ? personNames : guessedPersonNames);
            }
            if (c.type() == EntityType.ORGANIZATION && tx.length(c) >= 2 && firmness < Spans.KNOWN) {
                Token last = tx.tokens.get(tx.to(c) - 1);
                if (!tx.lex.suffixKeywords.containsKey(last.lower())) {
                    orgTails.add(last.text());
                }
            }
        }
        for (int i = 0; i < spans.size(); i++) {
            Proposal c = spans.get(i);
            if (Spans.isBlocked(c)) {
                continue;
            }
            String s = tx.surface(c);
            int firmness = Spans.firmness(c);
            boolean namePart = personNames.contains(s);
            if (namePart && (c.type() == null || firmness <= Spans.CONTEXT
                    || (firmness == Spans.KNOWN && c.type() != EntityType.PERSON && tx.personContext(c)))
                    || c.type() == null && guessedPersonNames.contains(s)) {
                spans.set(i, Proposal.of(c.start(), c.end(), EntityType.PERSON, Evidence.REFERENCE));
            } else if (c.type() == null && tx.length(c) == 1 && orgTails.contains(s)) {
                spans.set(i, Spans.typed(c, EntityType.ORGANIZATION, Evidence.CONTEXT));
            } else if (c.type() == null && typed.containsKey(s)) {
                spans.set(i, Spans.typed(c, typed.get(s), Evidence.GUESS));
            }
        }
    }

    /** "X, Y and Z" / "X and Y": the type the neighbours in the list share. */
    private static EntityType coordinatedType(EnglishText tx, List<Proposal> spans, int i) {
        Proposal c = spans.get(i);
        EntityType t = null;
        if (i > 0 && joined(tx, spans.get(i - 1), c)) {
            t = spans.get(i - 1).type();
        }
        if (t == null && i + 1 < spans.size() && joined(tx, c, spans.get(i + 1))) {
            t = spans.get(i + 1).type();
        }
        Token after = tx.word(tx.to(c));
        if (t != null && t != EntityType.PERSON && tx.length(c) >= 2 && tx.nameLike(c) && after != null
                && (after.lower().equals("in") || after.lower().equals("at"))) {
            return null; // "(Reporting by A in London and B in Tokyo)": people placed somewhere, not places
        }
        return t;
    }

    private static boolean joined(EnglishText tx, Proposal a, Proposal b) {
        if (Spans.isBlocked(a) || Spans.isBlocked(b)) {
            return false;
        }
        int aTo = tx.to(a);
        int bFrom = tx.from(b);
        List<Token> tokens = tx.tokens;
        if (bFrom == aTo + 1) {
            String w = tokens.get(aTo).lower();
            return w.equals(",") || w.equals("and") || w.equals("or");
        }
        return bFrom == aTo + 2 && tokens.get(aTo).text().equals(",") && (tokens.get(aTo + 1).lower().equals("and")
                || tokens.get(aTo + 1).lower().equals("or"));
    }

    /** "Tokyo Disneyland": a name built on a known place or organisation is no person (given names aside: "Jordan Smith"). */
    private static boolean startsWithKnownPlaceOrOrganization(EnglishText tx, Proposal c) {
        KnownNames.Match m = tx.lex.gazetteer.longest(tx.seq, tx.from(c), tx.to(c));
        return m != null && m.entry().type() != null && m.entry().type() != EntityType.PERSON
                && !tx.lex.givenNames.contains(tx.tokens.get(tx.from(c)).lower());
    }

    /** The leading and trailing word runs of a person's name: "Juan del Rio" → "Juan", "Juan del", "del Campo", "Campo". */
    private static void addNameParts(String name, Set<String> parts) {
        for (int k = name.indexOf(' '); k > 0; k = name.indexOf(' ', k + 1)) {
            parts.add(name.substring(0, k));
            parts.add(name.substring(k + 1));
        }
    }
}
