package dev.newspipe.enrichment.entities.zh;

import dev.newspipe.enrichment.entities.chain.Proposal;
import dev.newspipe.enrichment.entities.chain.Refiner;

import java.util.List;
import java.util.Set;

/**
 * Drops chosen names listed in {@code not-names.txt}: words shaped like names that are not (a surname and a
 * common word). After arbitration, so that such a word still keeps the shorter names inside it from being chosen.
 */
final class NotNameFilter implements Refiner<ChineseField> {

    private final Set<String> notNames;

    NotNameFilter(Set<String> notNames) {
        this.notNames = notNames;
    }

    @Override
    public List<Proposal> refine(ChineseField field, List<Proposal> chosen) {
        return chosen.stream().filter(p -> !notNames.contains(field.text().substring(p.start(), p.end()))).toList();
    }
}
