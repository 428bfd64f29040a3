package dev.newspipe.enrichment.entities.chain;

import java.util.List;

/**
 * One concern of a language's recogniser (the gazetteer, titles, suffixes, the tagger's proper nouns, the model):
 * reads the analysed field and adds the spans it would call names to {@code out}. It does not look at what other
 * annotators proposed; {@link Arbitration} chooses among them. Implementations are immutable, hence thread-safe.
 *
 * @param <T> the language's analysed field (its text with tokens, folded forms, …)
 */
@FunctionalInterface
public interface Annotator<T> {

    void propose(T field, List<Proposal> out);
}
