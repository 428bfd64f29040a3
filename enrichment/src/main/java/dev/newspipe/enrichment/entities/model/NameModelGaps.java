package dev.newspipe.enrichment.entities.model;

import dev.newspipe.enrichment.entities.chain.Arbitration;
import dev.newspipe.enrichment.entities.chain.Evidence;
import dev.newspipe.enrichment.entities.chain.Proposal;
import dev.newspipe.enrichment.entities.chain.Refiner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The learned {@link NameModel} in a language's chain: after arbitration, the model's names are added where the
 * rules chose nothing (no overlap with a chosen name or blocker), with {@link Evidence#MODEL}.
 *
 * <p>Why gaps only: measured on the tenth of the training files the model was not trained on (docs/ner-model.md),
 * letting the model's spans into arbitration (the longest wins) scores higher there, but it breaks the names the
 * rules get right on news (dev set: ja 0.984 → 0.852, zh 0.960 → 0.809), where filling gaps keeps them (0.964,
 * 0.950) and still adds most of the model's recall. The model's scores are not calibrated yet (mean label
 * probabilities of 0.2–0.4), so no threshold is applied.
 *
 * @param <T> the language's analysed field
 */
public final class NameModelGaps<T> implements Refiner<T> {

    private final NameModel model;
    private final Function<T, String> text;

    /** @param text the field's text as written (the model folds it itself) */
    public NameModelGaps(NameModel model, Function<T, String> text) {
        this.model = model;
        this.text = text;
    }

    @Override
    public List<Proposal> refine(T field, List<Proposal> chosen) {
        List<Proposal> added = new ArrayList<>();
        for (LabelledSpan span : model.label(text.apply(field))) {
            if (isFree(chosen, span)) {
                added.add(Proposal.of(span.start(), span.end(), span.type(), Evidence.MODEL));
            }
        }
        return Arbitration.withAdded(chosen, added);
    }

    private static boolean isFree(List<Proposal> chosen, LabelledSpan span) {
        for (Proposal p : chosen) {
            if (p.overlaps(span.start(), span.end())) {
                return false;
            }
        }
        return true;
    }
}
