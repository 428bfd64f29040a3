package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Arbitration;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Proposal;
import dev.newspipe.enrichment.entities.chain.Refiner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Foreign places the dictionary does not know, recognised by how news locates them: an unknown katakana
 * word right after a known place and a compass part (ウクライナ東部ポクロウシク, トルコ南部〜) or after
 * 首都 / 州都 words after の (タイの首都〜, 〜州の州都〜).
 */
final class PlaceContextRefiner implements Refiner<FieldText> {

    private static final Set<String> AREA_WORDS = Set.of("東部", "西部", "南部", "北部", "中部", "北東部", "北西部",
            "南東部", "南西部", "中西部", "中東部", "沿岸部", "内陸部", "郊外", "近郊", "首都", "州都", "省都", "県都");

    /** The capital of what was just named (〜州の州都〜, タイの首都〜). */
    private static final Set<String> CAPITAL_WORDS = Set.of("首都", "州都", "省都", "県都");

    @Override
    public List<Proposal> refine(FieldText field, List<Proposal> chosen) {
        Proposal[] endingAt = new Proposal[field.text.length() + 1];
        for (Proposal c : chosen) {
            endingAt[c.end()] = c;
        }
        TakenChars taken = new TakenChars(field.text.length(), chosen);
        List<Proposal> added = new ArrayList<>();
        for (int i = 1; i < field.size(); i++) {
            Token area = field.token(i - 1);
            Token word = field.token(i);
            if (!AREA_WORDS.contains(area.surface()) || word.known() || !word.isNoun() || word.length() < 2
                    || !Scripts.allKatakana(word.surface()) || !taken.isFree(word.start(), word.end())) {
                continue;
            }
            Token next = field.token(i + 1);
            if (next != null && next.isNoun() && !AREA_WORDS.contains(next.surface())) {
                continue; // part of a longer word: let the suffix annotator decide
            }
            Token before = field.token(i - 2);
            boolean afterPlace = before != null && endingAt[area.start()] != null
                    && endingAt[area.start()].type() == EntityType.LOCATION;
            boolean afterOf = before != null && before.surface().equals("の") && CAPITAL_WORDS.contains(area.surface());
            if (afterPlace || afterOf) {
                added.add(Proposal.of(word.start(), word.end(), EntityType.LOCATION, Evidence.CONTEXT));
            }
        }
        return Arbitration.withAdded(chosen, added);
    }
}
