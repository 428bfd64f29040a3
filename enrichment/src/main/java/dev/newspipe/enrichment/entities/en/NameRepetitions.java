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
 * What the rest of the text says about a chosen span: "Okafor" is the person "Satsuki Okafor" named elsewhere (even
 * when the gazetteer knows an Okafor place and the text has "Okafor said"), "Foxes" the team "Denver Foxes", and a name
 * typed once is typed everywhere. Runs again after the guesses, whose full names then explain their short forms too.
 */
final class NameRepetitions implements Refiner<EnglishText> {

    @Override
    public List<Proposal> refine(EnglishText tx, List<Proposal> chosen) {
        if (tx.titleCaseHeadline) {
            return chosen;
        }
        List<Proposal> spans = new ArrayList<>(chosen);
        propagate(tx, spans);
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

    /** The leading and trailing word runs of a person's name: "Juan del Rio" → "Juan", "Juan del", "del Campo", "Campo". */
    private static void addNameParts(String name, Set<String> parts) {
        for (int k = name.indexOf(' '); k > 0; k = name.indexOf(' ', k + 1)) {
            parts.add(name.substring(0, k));
            parts.add(name.substring(k + 1));
        }
    }
}
