package dev.newspipe.enrichment.entities.chain;

import java.util.List;

/**
 * A step after arbitration that needs the chosen names to work: names listed with a chosen one (A社とB社),
 * aliases in brackets, a family name standing for a person named in full earlier. Returns the chosen
 * proposals with its own additions or removals, in text order. Immutable, hence thread-safe.
 */
@FunctionalInterface
public interface Refiner<T> {

    List<Proposal> refine(T field, List<Proposal> chosen);
}
