package dev.newspipe.enrichment.entities.en;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Annotator;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Gazetteer;
import dev.newspipe.enrichment.entities.chain.Proposal;

import java.util.List;

/** The places of a body's dateline ("SEOUL, Nov. 3 —"): the known place when it is one, else a place by position. */
final class DatelinePlaces implements Annotator<EnglishText> {

    @Override
    public void propose(EnglishText tx, List<Proposal> out) {
        for (int[] place : tx.dateline.places()) {
            Gazetteer.Entry e = tx.lex.gazetteer.exact(tx.seq, place[0], place[1]);
            if (e != null && e.type() == EntityType.LOCATION) {
                out.add(Known.proposal(tx, place[0], place[1], e));
            } else {
                out.add(tx.span(place[0], place[1], EntityType.LOCATION, Evidence.POSITION));
            }
        }
    }
}
