package dev.newspipe.enrichment.entities.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.MissingResourceException;

/**
 * A learned recogniser of person, organisation and place names for one language (ja, zh, en), trained on
 * open annotated corpora ({@code ./pipeline train}, docs/ner-model.md). {@link #label} returns the names it
 * finds with a confidence; it knows nothing of the rules and proposes spans for an annotator chain to weigh.
 * Immutable after {@link #load} and safe to share between threads.
 */
public final class NameModel {

    private final String language;
    private final TextUnits units;
    private final CompactModel model;

    private NameModel(String language, TextUnits units, CompactModel model) {
        this.language = language;
        this.units = units;
        this.model = model;
    }

    /**
     * The model of {@code language} with the word lists it was trained with.
     *
     * @throws MissingResourceException naming the file when the model or one of its lists is not on the classpath
     * @throws IllegalArgumentException for a language without a model
     */
    public static NameModel load(String language) {
        return load(language, ModelResources.model(language));
    }

    static NameModel load(String language, String resource) {
        TextUnits units = TextUnits.forLanguage(language);
        try (InputStream in = NameModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new MissingResourceException("No name model " + resource + " on the classpath (module ner-models)",
                        NameModel.class.getName(), resource);
            }
            return of(units, CompactModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the name model " + resource, e);
        }
    }

    static NameModel of(TextUnits units, CompactModel model) {
        if (!model.language().equals(units.language())) {
            throw new IllegalArgumentException("the model is for " + model.language() + ", not " + units.language());
        }
        return new NameModel(units.language(), units, model);
    }

    public String language() {
        return language;
    }

    /** Names in {@code text}, in text order, offsets in UTF-16 units of {@code text}. */
    public List<LabelledSpan> label(String text) {
        Units u = units.of(text);
        double[] confidence = new double[u.count];
        int[] labels = GreedyDecoder.labels(u, model.forOneCall(), confidence);
        return GreedyDecoder.spans(u, labels, confidence);
    }

    CompactModel compact() {
        return model;
    }
}
