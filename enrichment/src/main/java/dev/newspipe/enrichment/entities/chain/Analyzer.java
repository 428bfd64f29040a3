package dev.newspipe.enrichment.entities.chain;

import dev.newspipe.contract.TextField;

/**
 * The first step of a chain: one field's text analysed once (tokens, folded forms, …) for every annotator and
 * refiner to read. It gets the field too: a headline may be in title case, a body may open with a dateline.
 *
 * @param <T> the language's analysed field
 */
@FunctionalInterface
public interface Analyzer<T> {

    T analyze(TextField field, String text);
}
