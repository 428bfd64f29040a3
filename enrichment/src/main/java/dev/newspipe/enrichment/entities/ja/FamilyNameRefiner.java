package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Arbitration;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Proposal;
import dev.newspipe.enrichment.entities.chain.Refiner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Later mentions of a person by family name alone, the way Japanese news refers back to someone (石井健一郎 … 石井は,
 * 関真瑚 … 関が). A full name found in the field whose first token is a family name (IPADIC 人名-姓) teaches
 * that family name; its other occurrences count when they are a word of their own between punctuation or a
 * non-noun and a particle, punctuation or the end (林は, not 林業, not 林野庁, not 森林).
 */
final class FamilyNameRefiner implements Refiner<FieldText> {

    @Override
    public List<Proposal> refine(FieldText field, List<Proposal> chosen) {
        Map<String, Proposal> families = new HashMap<>();
        for (Proposal c : chosen) {
            if (c.type() != EntityType.PERSON) {
                continue;
            }
            int first = field.tokenStartingAt(c.start());
            Token family = field.token(first);
            if (family != null && family.pos().startsWith("名詞-固有名詞-人名-姓") && family.end() < c.end()) {
                families.putIfAbsent(family.surface(), c);
            }
        }
        if (families.isEmpty()) {
            return chosen;
        }
        TakenChars taken = new TakenChars(field.text.length(), chosen);
        List<Proposal> added = new ArrayList<>();
        for (int i = 0; i < field.size(); i++) {
            Token t = field.token(i);
            Proposal full = families.get(t.surface());
            // In context IPADIC may read the family name as a common word (林 as forest): any noun that stands alone counts.
            if (full == null || !t.isNoun() || t.isNumber() || !taken.isFree(t.start(), t.end())) {
                continue;
            }
            Token next = field.token(i + 1);
            Token before = field.token(i - 1);
            boolean standsAlone = (next == null || next.isParticle() || next.isSymbol())
                    && (before == null || !before.isNoun() || before.isSymbol());
            if (standsAlone) {
                added.add(Proposal.of(t.start(), t.end(), EntityType.PERSON, Evidence.REFERENCE));
            }
        }
        return Arbitration.withAdded(chosen, added);
    }
}
