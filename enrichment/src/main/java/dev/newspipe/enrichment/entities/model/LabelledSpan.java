package dev.newspipe.enrichment.entities.model;

import dev.newspipe.contract.EntityType;

/**
 * A name the model found: {@code [start, end)} in UTF-16 indices of the labelled text, its type, and the
 * model's confidence in [0, 1] (the mean probability of the labels that make up the span).
 */
public record LabelledSpan(int start, int end, EntityType type, double score) {

    public LabelledSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span [" + start + ", " + end + ")");
        }
        if (type == null) {
            throw new IllegalArgumentException("no type");
        }
    }

    public String text(String of) {
        return of.substring(start, end);
    }
}
