package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.enrichment.entities.chain.Annotator;
import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.List;

/** Proposes the gazetteer's names the analysis found standing as words ({@link KnownNameLookup}). */
final class KnownNames implements Annotator<ChineseField> {

    @Override
    public void propose(ChineseField field, List<Proposal> out) {
        out.addAll(field.known().known);
    }
}
