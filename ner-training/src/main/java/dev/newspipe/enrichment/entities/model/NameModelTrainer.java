package dev.newspipe.enrichment.entities.model;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains a language's name model with OpenNLP: one event per unit of the training documents (the unit's
 * features, given the gold labels before it, and its gold label), learned by the perceptron or maximum
 * entropy; then exports the weights to the runtime's compact format.
 */
final class NameModelTrainer {

    /** How to learn: OpenNLP's algorithm name, its iterations and feature cutoff. */
    record Settings(String algorithm, int iterations, int cutoff) {
        TrainingParameters parameters() {
            TrainingParameters p = new TrainingParameters();
            p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
            p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
            p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
            p.put(TrainingParameters.THREADS_PARAM, 1);
            p.put("PrintMessages", false);
            return p;
        }

        String compactAlgorithm() {
            return algorithm.equals("PERCEPTRON") ? CompactModel.PERCEPTRON : CompactModel.MAXENT;
        }
    }

    private final TextUnits textUnits;
    private final FeatureExtractor features;

    NameModelTrainer(String language) {
        this.textUnits = TextUnits.forLanguage(language);
        this.features = new FeatureExtractor(language);
    }

    TextUnits textUnits() {
        return textUnits;
    }

    /** A unit's features as strings, as the learner sees them. */
    String[] context(Units u, int i, int previous, int beforePrevious) {
        List<String> out = new ArrayList<>(48);
        features.extract(u, i, previous, beforePrevious, new FeatureSink() {
            @Override
            public void add(FeatureName name, String value, long valueHash) {
                out.add(name.text() + FeatureHash.SEPARATOR + value);
            }

            @Override
            public void add(FeatureName name, String text, int from, int to, long valueHash) {
                out.add(name.text() + FeatureHash.SEPARATOR + text.substring(from, to));
            }
        });
        return out.toArray(String[]::new);
    }

    /** The training events of the documents: one per unit, in document order. */
    List<Event> events(List<AnnotatedDocument> documents, int[] misaligned) {
        List<Event> events = new ArrayList<>();
        for (AnnotatedDocument d : documents) {
            Units u = textUnits.of(d.body());
            int[] gold = d.labels(u, misaligned);
            int previous = FeatureExtractor.start();
            int beforePrevious = FeatureExtractor.start();
            for (int i = 0; i < u.count; i++) {
                events.add(new Event(Labels.ALL.get(gold[i]), context(u, i, previous, beforePrevious)));
                beforePrevious = previous;
                previous = gold[i];
            }
        }
        return events;
    }

    MaxentModel train(List<Event> events, Settings settings) throws IOException {
        EventTrainer trainer = TrainerFactory.getEventTrainer(settings.parameters(), new HashMap<>());
        return trainer.train(new ListStream(events));
    }

    /** The learner's model as a decoder classifier: what the library itself predicts. */
    GreedyDecoder.Classifier library(MaxentModel model) {
        int[] column = columns(model);
        return new GreedyDecoder.Classifier() {
            @Override
            public void scores(Units u, int i, int previous, int beforePrevious, double[] out) {
                double[] p = model.eval(context(u, i, previous, beforePrevious));
                for (int o = 0; o < p.length; o++) {
                    out[column[o]] = p[o];
                }
            }

            @Override
            public double probability(double[] scores, int label) {
                return scores[label];
            }
        };
    }

    /** For each of the model's outcomes, its index in {@link Labels#ALL}. */
    private static int[] columns(MaxentModel model) {
        int[] column = new int[model.getNumOutcomes()];
        for (int o = 0; o < column.length; o++) {
            column[o] = Labels.ALL.indexOf(model.getOutcome(o));
        }
        if (column.length != Labels.ALL.size()) {
            throw new IllegalStateException("the training data lacks some labels: " + column.length);
        }
        return column;
    }

    /** Writes the model's weights in the compact format: features without any weight are left out. */
    void export(MaxentModel model, Settings settings, OutputStream out) throws IOException {
        Object[] data = ((AbstractModel) model).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        int[] column = columns(model);
        List<String> names = new ArrayList<>(predicates.keySet());
        java.util.Collections.sort(names);
        List<Long> hashes = new ArrayList<>();
        List<float[]> rows = new ArrayList<>();
        for (String name : names) {
            Context c = predicates.get(name);
            float[] row = new float[Labels.ALL.size()];
            boolean any = false;
            for (int k = 0; k < c.getOutcomes().length; k++) {
                row[column[c.getOutcomes()[k]]] = (float) c.getParameters()[k];
                any |= c.getParameters()[k] != 0;
            }
            if (any) {
                hashes.add(FeatureHash.of(name));
                rows.add(row);
            }
        }
        CompactModel.write(out, textUnits.language(), settings.compactAlgorithm(),
                hashes.stream().mapToLong(Long::longValue).toArray(), rows.toArray(float[][]::new));
    }

    /** Events from a list, re-readable (the learner reads them more than once). */
    private static final class ListStream implements ObjectStream<Event> {
        private final List<Event> events;
        private int next;

        ListStream(List<Event> events) {
            this.events = events;
        }

        @Override
        public Event read() {
            return next < events.size() ? events.get(next++) : null;
        }

        @Override
        public void reset() {
            next = 0;
        }
    }
}
