package dev.newspipe.enrichment.entities.ja;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Annotator;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.List;
import java.util.Set;

/**
 * Municipalities written with 内 (in): IPADIC reads 西条市内 as 西条|市内, so the suffix annotator never sees 西条市. A proper
 * or unknown word right before 市内, 県内, 町内, 村内, 区内, 府内 or 道内 is the place named with the first character
 * of that word (西条市, 山梨県).
 */
final class InsidePlaceAnnotator implements Annotator<FieldText> {

    private static final Set<String> INSIDE = Set.of("市内", "県内", "町内", "村内", "区内", "府内", "道内", "都内");

    @Override
    public void propose(FieldText field, List<Proposal> out) {
        for (int i = 1; i < field.size(); i++) {
            Token inside = field.token(i);
            Token name = field.token(i - 1);
            if (!INSIDE.contains(inside.surface()) || name.length() < 2 || !name.isNoun()
                    || !(name.isProper() || !name.known()) || name.isOrgPos() || !Scripts.allKanji(name.surface())) {
                continue;
            }
            out.add(Proposal.of(name.start(), inside.start() + 1, EntityType.LOCATION, Evidence.SUFFIX));
        }
    }
}
