package dev.newspipe.enrichment.entities.en;

import dev.newspipe.enrichment.entities.chain.Annotator;
import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.List;

/** "Trump Meets Xi In Geneva": in a title-case headline capitals say nothing, so only known names count. */
final class HeadlineKnownNames implements Annotator<EnglishText> {

    @Override
    public void propose(EnglishText tx, List<Proposal> out) {
        if (!tx.titleCaseHeadline) {
            return;
        }
        for (int i = 0; i < tx.n; ) {
            KnownNames.Match m = tx.tokens.get(i).capitalized() ? tx.lex.gazetteer.longest(tx.seq, i, tx.n) : null;
            if (m != null) {
                if (m.entry().type() != null) {
                    out.add(Known.proposal(tx, i, m.end(), m.entry()));
                }
                i = m.end();
            } else {
                i++;
            }
        }
    }
}
