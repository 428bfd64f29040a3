package dev.newspipe.enrichment.entities.en;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Proposal;
import dev.newspipe.enrichment.entities.chain.Refiner;

import java.util.ArrayList;
import java.util.List;

/** "the Paris accord", "the Minsk agreements": a place name used only to name something else is no mention. */
final class PlaceModifiers implements Refiner<EnglishText> {

    @Override
    public List<Proposal> refine(EnglishText tx, List<Proposal> chosen) {
        List<Proposal> kept = new ArrayList<>(chosen.size());
        for (Proposal p : chosen) {
            if (p.type() != EntityType.LOCATION || !modifierOnly(tx, p)) {
                kept.add(p);
            }
        }
        return kept;
    }

    private static boolean modifierOnly(EnglishText tx, Proposal p) {
        Token right = tx.word(tx.to(p));
        return right != null && !right.capitalized() && tx.lex.modifierBlockers.contains(right.lower());
    }
}
