package dev.newspipe.enrichment.entities.chain;

import dev.newspipe.contract.TextField;
import dev.newspipe.enrichment.entities.EntityMention;
import dev.newspipe.enrichment.entities.EntityRecognizer;

import java.util.ArrayList;
import java.util.List;

/**
 * A language's recogniser as one chain that reads top to bottom, as a Lucene analyzer's
 * {@code createComponents} does: analyse the field once, let every annotator propose spans, arbitrate once,
 * then refine the chosen spans. Built by each language's {@code <Language>Entities.chain()}. Immutable, hence
 * thread-safe.
 *
 * @param <T> the language's analysed field
 */
public final class EntityChain<T> implements EntityRecognizer {

    private final Analyzer<T> analyzer;
    private final List<Annotator<T>> annotators;
    private final List<Refiner<T>> refiners;

    private EntityChain(Analyzer<T> analyzer, List<Annotator<T>> annotators, List<Refiner<T>> refiners) {
        this.analyzer = analyzer;
        this.annotators = List.copyOf(annotators);
        this.refiners = List.copyOf(refiners);
    }

    /** A chain over fields analysed by {@code analyzer} (tokens, folded text: whatever the annotators read). */
    public static <T> Builder<T> analyzing(Analyzer<T> analyzer) {
        return new Builder<>(analyzer);
    }

    @Override
    public List<EntityMention> recognize(TextField field, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        T analysed = analyzer.analyze(field, text);
        List<Proposal> proposals = new ArrayList<>();
        for (Annotator<T> annotator : annotators) {
            annotator.propose(analysed, proposals);
        }
        List<Proposal> chosen = Arbitration.choose(proposals, text.length());
        for (Refiner<T> refiner : refiners) {
            chosen = refiner.refine(analysed, chosen);
        }
        List<EntityMention> mentions = new ArrayList<>(chosen.size());
        for (Proposal p : chosen) {
            if (!p.isBlocker()) {
                mentions.add(new EntityMention(text.substring(p.start(), p.end()), p.type(), field, p.start(), p.end(),
                        p.canonical(), p.key(), p.confidence(), p.evidence()));
            }
        }
        return mentions;
    }

    public static final class Builder<T> {

        private final Analyzer<T> analyzer;
        private final List<Annotator<T>> annotators = new ArrayList<>();
        private final List<Refiner<T>> refiners = new ArrayList<>();

        private Builder(Analyzer<T> analyzer) {
            this.analyzer = analyzer;
        }

        /** Adds an annotator; all of them propose before arbitration, so their order does not matter. */
        public Builder<T> annotate(Annotator<T> annotator) {
            annotators.add(annotator);
            return this;
        }

        /** Adds a refiner; refiners run after arbitration, in the order added. */
        public Builder<T> then(Refiner<T> refiner) {
            refiners.add(refiner);
            return this;
        }

        public EntityChain<T> build() {
            if (annotators.isEmpty()) {
                throw new IllegalStateException("a chain needs at least one annotator");
            }
            return new EntityChain<>(analyzer, annotators, refiners);
        }
    }
}
