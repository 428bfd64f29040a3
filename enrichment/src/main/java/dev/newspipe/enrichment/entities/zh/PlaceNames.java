package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.enrichment.entities.chain.Annotator;
import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.ArrayList;
import java.util.List;

/**
 * Proposes the places the analysis found by rule ({@link PlaceRules}: 治多县, 海陵岛, 扎陵湖), and their
 * administrative ones again wherever they stand as words; not one that starts inside a name read to its left
 * ({@link CrossingNames}).
 */
final class PlaceNames implements Annotator<ChineseField> {

    @Override
    public void propose(ChineseField field, List<Proposal> out) {
        List<Proposal> places = new ArrayList<>(field.places());
        places.addAll(field.refound());
        out.addAll(CrossingNames.withoutCrossings(places, field.known().known));
    }
}
