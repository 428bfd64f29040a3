package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.contract.EntityType;
import dev.newspipe.enrichment.entities.chain.Proposal;
import dev.newspipe.enrichment.entities.chain.Refiner;

import java.util.List;

/**
 * Drops a name right after 第…届, which opens the name of an event (第三届亚洲青年运动会, 第十五届全运会): the event is
 * not an entity, and the place in it is not mentioned as a place. People are kept.
 */
final class EventNameFilter implements Refiner<ChineseField> {

    @Override
    public List<Proposal> refine(ChineseField field, List<Proposal> chosen) {
        return chosen.stream().filter(p -> !opensEventName(field.text(), p)).toList();
    }

    private static boolean opensEventName(String s, Proposal p) {
        return p.type() != EntityType.PERSON && p.start() > 0 && s.charAt(p.start() - 1) == '届';
    }
}
